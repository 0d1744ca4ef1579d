<#-- The weekly assessment, in Markdown. ${...} is escaped for Markdown by default; only analyst prose,
     checked when it was added and with its citations already resolved, and the citations and bibliography
     entries the renderer wrote as Markdown (escaped, with their links) are written with ?no_esc. -->
<#macro passages list>
<#list list as p>
<#if p.title?has_content && !p.computed>
### ${p.title}

</#if>
${p.body?no_esc}<#if p.confidence?has_content> *(Confidence: ${p.confidence}<#if p.likelihood?has_content>; ${p.likelihoodShown()}</#if>.<#if p.status?has_content> ${p.status}</#if>)*</#if>

</#list>
</#macro>
# ${a.title}

**${a.period} · ${v.periodLabel} · edition v${v.version}**

<#if a.builtFromSampleData()>
> **Sample data.** This edition is built from Sitrep's sample event log. ${a.syntheticEventCount} of the ${a.eventCount} events of this week are synthetic filler (tagged *synthetic*, citing example.org); the others restate reported facts. Do not use it as an assessment of the real situation.

</#if>
## Key judgments

<#list a.keyJudgments as p>
${p?counter}. <#if !p.computed>**${p.title}.** </#if>${p.body?no_esc}<#if p.confidence?has_content> *(Confidence: ${p.confidence}<#if p.likelihood?has_content>; ${p.likelihoodShown()}</#if>.<#if p.status?has_content> ${p.status}</#if>)*</#if>
</#list>

<#if a.changes??>
## Changes since v${a.changes.sinceVersion}

Why: ${a.changes.reasons?join("; ")}.

<#if a.changes.eventsAdded?has_content>
- **Events added** (${a.changes.eventsAdded?size}): ${a.changes.eventsAdded?join(", ")}
</#if>
<#if a.changes.eventsRevised?has_content>
- **Events revised** (${a.changes.eventsRevised?size}): ${a.changes.eventsRevised?join(", ")}
</#if>
<#if a.changes.eventsWithdrawn?has_content>
- **Events withdrawn** (${a.changes.eventsWithdrawn?size}): ${a.changes.eventsWithdrawn?join(", ")}
</#if>
<#if a.changes.judgmentsChanged?has_content>
- **Key judgments changed**: ${a.changes.judgmentsChanged?join("; ")}
</#if>
<#if a.changes.forecastsChanged?has_content>
- **Forecasts changed** (expected over the horizon): ${a.changes.forecastsChanged?join("; ")}
</#if>

</#if>
<#-- An analyst section is left out while no judgment stands in it, as a heading over nothing says nothing. -->
<#if a.section("context").passages?has_content>
## Context

<@passages a.section("context").passages/>
</#if>
<#if a.section("strategic-logic").passages?has_content>
## Strategic logic

<@passages a.section("strategic-logic").passages/>
</#if>
## Trends

In ${a.period} Sitrep logged **${v.total.current} events** (baseline: ${v.total.baseline} a week over the previous ${a.trends.baselineUsed} weeks; ${v.total.signal}, p ${v.total.p}) with **${v.fatalities.current} reported fatalities** (baseline ${v.fatalities.baseline} a week). <#if a.trends.shortBaseline()>**The baseline is short:** the log covers only ${a.trends.baselineUsed} of the ${a.trends.baselineWeeks} weeks it should span, so the tests below have less to go on. </#if>A surge or drop is a two-sided test of this week against its baseline at p < 0.05 (the exact conditional Poisson test, or a negative binomial one where the baseline is overdispersed). *Trend* is a Mann–Kendall test over the weeks shown (↑ or ↓ when significant at p < 0.05), with Sen's slope in events a week; *Shift* is a CUSUM run on the same weeks against their first half, with the week a lasting shift began. The last column shows the ${a.trends.baselineUsed + 1} weeks up to this one.

<#if v.chart("chart-weekly-events.svg")??>
![${v.chart("chart-weekly-events.svg").alt}](${v.chart("chart-weekly-events.svg").file})

</#if>
<#if v.movers?has_content>
### Top movers

| Count | By | This week | Baseline / week | Change | Signal | p |
|---|---|--:|--:|--:|---|--:|
<#list v.movers as m>
| ${m.row.key} | ${m.dimension} | ${m.row.current} | ${m.row.baseline} | ${m.row.change} | ${m.row.signal} | ${m.row.p} |
</#list>

</#if>
### By event type

| Type | This week | Baseline / week | Change | Signal | p | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|--:|---|---|---|
<#list v.byType as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.p} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

<#if v.bySubType?has_content>
### By sub-type

| Type / sub-type | This week | Baseline / week | Change | Signal | p | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|--:|---|---|---|
<#list v.bySubType as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.p} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

</#if>
<#if v.hotspots?has_content>
### Hotspots

<#if v.chart("chart-hotspots.svg")??>
![${v.chart("chart-hotspots.svg").alt}](${v.chart("chart-hotspots.svg").file})

</#if>
| Where | Level | Events | Baseline / week | Signal | Fatalities | Baseline / week |
|---|---|--:|--:|---|--:|--:|
<#list v.hotspots as h>
| ${h.where} | ${h.level} | ${h.events.current} | ${h.events.baseline} | ${h.events.signal} | ${h.fatalities} | ${h.fatalitiesBaseline} |
</#list>

</#if>
### By governorate

| Governorate | This week | Baseline / week | Change | Signal | p | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|--:|---|---|---|
<#list v.byAdmin1 as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.p} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

### Most active actors

| Actor | This week | Baseline / week | Change | Signal | p | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|--:|---|---|---|
<#list v.byActor as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.p} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

<#if v.byDyad?has_content>
### Most active dyads

| Dyad | This week | Baseline / week | Change | Signal | p | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|--:|---|---|---|
<#list v.byDyad as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.p} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

</#if>
<#if a.trends.newActors?has_content>
**New actors this week** (first seen in the whole log): ${a.trends.newActors?join("; ")}.

</#if>
<#if a.trends.newDyads?has_content>
**New dyads this week:** ${a.trends.newDyads?join("; ")}.

</#if>
<#if a.trends.newPlaces?has_content>
**New places this week:** ${a.trends.newPlaces?join("; ")}.

</#if>
<#if v.quiet?has_content>
**Gone quiet this week:** ${v.quiet?join("; ")}.

</#if>
## Notable events

<#list v.notable as e>
- **${e.date} — ${e.where}** (${e.what}; ${e.actors})<#if e.synthetic> *[synthetic]*</#if>: ${e.summary} ${e.citation?no_esc}
</#list>
<#if !v.notable?has_content>
No events were logged for this period.
</#if>

<#if v.chart("map-events.svg")??>
![${v.chart("map-events.svg").alt}](${v.chart("map-events.svg").file})

</#if>

<#if a.section("risks").passages?has_content>
## Risks

<@passages a.section("risks").passages/>
</#if>
## Prognosis

<@passages a.section("outlook").passages/>
Each tracked series is forecast by whichever of four models (the last count carried forward, the mean of the last 12, damped Holt exponential smoothing, a Poisson regression with trend) has erred least on the series' own recent weeks, backtested from rolling origins with nothing from after each origin; the intervals are calibrated on that model's past errors. The backtest figures set the choice, made afresh at each past origin, beside both simple baselines.

<#list v.forecasts as f>
### ${f.title}

Weekly counts, oldest first: ${f.history}<#if f.historyNote?has_content> (${f.historyNote})</#if>. Confidence: ${f.confidence}.

<#if f.points?has_content>
<#if v.chart("chart-forecast-" + f.id + ".svg")??>
![${v.chart("chart-forecast-" + f.id + ".svg").alt}](${v.chart("chart-forecast-" + f.id + ".svg").file})

</#if>
Model: ${f.model}; ${f.backtest}. Expected over the next ${a.prognosis.horizonWeeks} weeks: **${f.total.mean}** (50 % interval ${f.total.interval50}, 80 % ${f.total.interval80}, 95 % ${f.total.interval95}).

| Week | Expected | 50 % | 80 % | 95 % |
|---|--:|--:|--:|--:|
<#list f.points as p>
| ${p.target} | ${p.mean} | ${p.interval50} | ${p.interval80} | ${p.interval95} |
</#list>

<#if f.outlook??>
**Outlook, ${a.prognosis.outlookMonths} months.** Monthly counts: ${f.outlook.history}. Model: ${f.outlook.model}; ${f.outlook.backtest}. Confidence: ${f.outlook.confidence}.

| Month | Expected | 50 % | 80 % | 95 % |
|---|--:|--:|--:|--:|
<#list f.outlook.points as p>
| ${p.target} | ${p.mean} | ${p.interval50} | ${p.interval80} | ${p.interval95} |
</#list>

</#if>
<#else>
No forecast: there is no history to forecast from.

</#if>
</#list>
<#if v.scenarios?has_content>
### Scenarios

Over the next ${a.prognosis.horizonWeeks} weeks, read in order (the first that holds is the one that happens, so the probabilities add up to one). The probabilities come from 10,000 joint draws of the forecasts above; analytic confidence: ${v.scenarioConfidence}.

| Scenario | When | Probability | Estimative term |
|---|---|--:|---|
<#list v.scenarios as s>
| **${s.name?cap_first}**: ${s.title} | ${s.description} (*${s.condition}*) | ${s.probability} | ${s.estimative} (${s.range}) |
</#list>

</#if>
<#if v.indicators?has_content>
### Indicators to watch

| Indicator | This week | Count |
|---|---|--:|
<#list v.indicators as i>
| ${i.title} | ${i.status} | ${i.count} |
</#list>

</#if>
### Track record

<#if v.trackRecord.rows?has_content>
Forecasts of the ${v.trackRecord.editions} earlier editions scored against what happened (their weeks have passed):

| Series | Scored | Mean abs. error | Naive's error | In 50 % | In 80 % | In 95 % |
|---|--:|--:|--:|--:|--:|--:|
<#list v.trackRecord.rows as r>
| ${r.title} | ${r.scored} | ${r.mae} | ${r.naiveMae} | ${r.coverage50} | ${r.coverage80} | ${r.coverage95} |
</#list>

${v.trackRecord.scenarios}

<#else>
No earlier edition's forecast has come due yet: the track record starts once one has.

</#if>
<#if a.section("implications").passages?has_content>
## Implications

<@passages a.section("implications").passages/>
</#if>
<#if a.section("conclusion").passages?has_content>
## Conclusion

<@passages a.section("conclusion").passages/>
</#if>
## Sources

<#list v.bibliography as b>
- ${b?no_esc}
</#list>

## About this edition

Job ${a.jobId}, period ${a.period} (${v.periodLabel}), edition v${v.version}. Events as logged up to ${v.dataAsOf}: ${a.eventCount} in the period, each at its latest revision. Citation style: ${v.citationStyle}. Estimative terms follow ICD 203. Produced by Sitrep ${v.softwareVersion}; the events of the period are in `events.csv` beside this file and the sources in `bibliography.json`.
