<#-- The weekly assessment, in Markdown. ${...} is escaped for Markdown by default; only analyst prose,
     checked when it was added and with its citations already resolved, and the citations and bibliography
     entries the renderer wrote as Markdown (escaped, with their links) are written with ?no_esc.
     Prose after a numbered item's marker is written as v.item(p), not p.body: its lines are indented to stay
     inside the item, so that a list in a judgment nests and the next item is still an item. -->
<#-- Where the model puts what a judgment is about two or more bands from its likelihood: said beside it, in bold. -->
<#macro modelCheck p>
<#if p.disagreement??> **${p.disagreement.sentence}**</#if><#t>
</#macro>
<#macro passages list level="###">
<#list list as p>
<#if p.title?has_content && !p.computed>
${level?no_esc} ${p.title}

</#if>
${p.body?no_esc}<#if p.confidence?has_content> *(Confidence: ${p.confidence}<#if p.likelihood?has_content>; ${p.likelihoodShown()}</#if>.<#if p.status?has_content> ${p.status}</#if>)*</#if><@modelCheck p/>

</#list>
</#macro>
# ${a.title}

**${a.period} · ${v.periodLabel} · edition v${v.version}**

<#if a.builtFromSampleData()>
> **Sample data.** This edition is built from Sitrep's sample event log. ${a.syntheticEventCount} of the ${a.eventCount} events of this week are synthetic filler (tagged *synthetic*, citing example.org); the others restate reported facts. Do not use it as an assessment of the real situation.

</#if>
## Key judgments

<#list a.keyJudgments as p>
${p?counter}. <#if p.title?has_content>**${p.title}.** </#if>${v.item(p)?no_esc}<#if p.confidence?has_content> *(Confidence: ${p.confidence}<#if p.likelihood?has_content>; ${p.likelihoodShown()}</#if>.<#if p.status?has_content> ${p.status}</#if>)*</#if><@modelCheck p/>
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

In ${a.period} Sitrep logged **${v.total.current} events** (${v.total.baseline} a week on average over the previous ${a.trends.baselineUsed} weeks) with **${v.fatalities.current} reported deaths** (${v.fatalities.baseline} a week)<#if v.trend.undatedDeaths gt 0>, leaving out ${v.trend.undatedDeaths} deaths in records dated only to a month or more</#if>. <#if a.trends.shortBaseline()>**The baseline is short:** the log covers only ${a.trends.baselineUsed} of the ${a.trends.baselineWeeks} weeks it should span, so there is less to compare against. </#if>Each count is set against its own previous weeks; "above usual" and "below usual" mark those outside the range of an ordinary week. How these numbers were made is told at the end of the edition. The last column shows the ${a.trends.baselineUsed + 1} weeks up to this one.

<#if v.chart("chart-weekly-events.svg")??>
![${v.chart("chart-weekly-events.svg").alt}](${v.chart("chart-weekly-events.svg").file})

</#if>
<#if v.trend.findings?has_content>
### What stands out

Ranked by how unusual and how large each change is together.

| What | By | Measure | This week | Average / week | Change | Against usual | Including |
|---|---|---|--:|--:|--:|---|---|
<#list v.trend.findings as f>
| ${f.what} | ${f.by} | ${f.measure} | ${f.current} | ${f.average} | ${f.change} | ${f.standing} | ${f.including} |
</#list>

</#if>
<#if v.trend.episodes?has_content>
### Episodes under way

Runs of heightened violence in one governorate, each measured against the weeks before it began.

| Governorate | Since | Week | Events | Deaths | Deaths / week before | Now | Mostly | Around | Earlier episodes that went on |
|---|---|--:|--:|--:|--:|---|---|---|---|
<#list v.trend.episodes as e>
| ${e.area} | ${e.since} | ${e.week} | ${e.events} | ${e.deaths} | ${e.deathsBefore} | ${e.phase} | ${e.sides} | ${e.places} | ${e.continuation} |
</#list>

</#if>
<#if v.movers?has_content>
### Top movers

| Count | By | This week | Baseline / week | Change | Against usual |
|---|---|--:|--:|--:|---|
<#list v.movers as m>
| ${m.row.key} | ${m.dimension} | ${m.row.current} | ${m.row.baseline} | ${m.row.change} | ${m.row.signal} |
</#list>

</#if>
### By event type

| Type | This week | Baseline / week | Change | Against usual | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|---|---|---|
<#list v.byType as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

<#if v.bySubType?has_content>
### By sub-type

| Type / sub-type | This week | Baseline / week | Change | Against usual | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|---|---|---|
<#list v.bySubType as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

</#if>
<#if v.hotspots?has_content>
### Hotspots

<#if v.chart("chart-hotspots.svg")??>
![${v.chart("chart-hotspots.svg").alt}](${v.chart("chart-hotspots.svg").file})

</#if>
| Where | Level | Events | Baseline / week | Against usual | Deaths | Baseline / week |
|---|---|--:|--:|---|--:|--:|
<#list v.hotspots as h>
| ${h.where} | ${h.level} | ${h.events.current} | ${h.events.baseline} | ${h.events.signal} | ${h.fatalities} | ${h.fatalitiesBaseline} |
</#list>

</#if>
### By governorate

| Governorate | This week | Baseline / week | Change | Against usual | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|---|---|---|
<#list v.byAdmin1 as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

### Most active actors

| Actor | This week | Baseline / week | Change | Against usual | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|---|---|---|
<#list v.byActor as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.trend} | ${r.shift} | ${r.sparkline} |
</#list>

<#if v.byDyad?has_content>
### Most active dyads

| Dyad | This week | Baseline / week | Change | Against usual | Trend / week | Shift since | Weeks |
|---|--:|--:|--:|---|---|---|---|
<#list v.byDyad as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.trend} | ${r.shift} | ${r.sparkline} |
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
<#if v.trend.deadliest?has_content>

### Deadliest events

| Date | Where | Who | What | Deaths | Sources |
|---|---|---|---|--:|---|
<#list v.trend.deadliest as e>
| ${e.date} | ${e.where} | ${e.who} | ${e.what} | ${e.deaths} | ${e.citation?no_esc} |
</#list>
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
<#if v.forecasts?has_content>
Over the next ${a.prognosis.horizonWeeks} weeks: the median forecast (as likely to be exceeded as not) and the range that should hold 80 % of outcomes; how the forecasts are made, and how they have fared, is told at the end of the edition.

| Series | This week | Median, next ${a.prognosis.horizonWeeks} weeks | 80 % range | Confidence |
|---|--:|--:|--:|---|
<#list v.forecasts as f>
<#if f.points?has_content>
| ${f.title} | ${f.latest} | ${f.total.median} | ${f.total.interval80} | ${f.confidence} |
<#else>
| ${f.title} | ${f.latest} | – | – | ${f.withoutForecast} |
</#if>
</#list>

</#if>
<#list v.forecasts as f>
<#if f.points?has_content>
### ${f.title}

<#if v.chart("chart-forecast-" + f.id + ".svg")??>
![${v.chart("chart-forecast-" + f.id + ".svg").alt}](${v.chart("chart-forecast-" + f.id + ".svg").file})

</#if>
<#if f.outlook??>
**Outlook, ${a.prognosis.outlookMonths} months.** <#if f.outlook.note?has_content>${f.outlook.note} </#if>Confidence: ${f.outlook.confidence}.

| Month | Median | 80 % range |
|---|--:|--:|
<#list f.outlook.points as p>
| ${p.target} | ${p.median} | ${p.interval80} |
</#list>

</#if>
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
<#if v.outcomes??>
### Outcomes over ${v.outcomes.horizons}

The analysts' outcome scenarios, with the probability of each at each horizon: from the model where the outcome is stated over the series it tracks, from the analysts' judgments otherwise.

| Outcome | <#list v.outcomes.months as h>${h}<#sep> | </#sep></#list> |
|---|<#list v.outcomes.months as h>---|</#list>
<#list v.outcomes.rows as r>
| **${r.name?cap_first}**: ${r.title} | <#list r.cells as c>${c}<#sep> | </#sep></#list> |
</#list>

<#list v.outcomes.sources as s>
[${s.number}] ${s.title} (judgment ${s.id}).<#sep>  
</#sep></#list>


<@passages a.section("outcomes").passages "####"/>

<#list v.outcomes.notes as n>
*${n}*

</#list>
**What would move each**

<#list v.outcomes.rows as r>
- **${r.name?cap_first}**: ${r.title}.<#if r.description?has_content> ${r.description}</#if>
<#list r.signposts as s>
    - ${s.title}: ${s.reading}.
</#list>
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

## How these numbers were made

Each count of the week (events, and deaths as reported, best estimate) is compared with the same count over the previous ${a.trends.baselineUsed} weeks. Events: a two-sided test of this week against its baseline at p < 0.05, the exact conditional Poisson test, or a negative binomial one where the baseline weeks vary more than a Poisson process allows. Deaths are heavy-tailed (one offensive can kill more in a week than the months around it), so they are compared on a log scale, ln(1 + deaths), against the baseline's median and median absolute deviation, with Student's t; a change must also be at least 5 deaths. Deaths count in the week their date places them: a record dated to a week counts at its middle, and records dated only to a month or more are left out of weekly figures. Findings are ranked by −log10 p (at most 4), and findings that tell one story are shown under the broadest of them (a governorate's towns under the governorate, a dyad under its actor, a sub-type under its type) times ln(1 + |this week − baseline mean|). An episode is a run of weeks in which a governorate's deaths or events pass those tests against the weeks before the run began; one ordinary week does not end it, two do; its chance of going on is the share of earlier episodes in the log, as long as this one, that went on for another week (Laplace's rule, with at least 5 of them). *Trend / week* is a Mann–Kendall test over the weeks shown (↑ or ↓ when significant at p < 0.05), with Sen's slope in events a week; *Shift since* is a two-sided CUSUM on the same weeks against their first half, with the week a lasting shift began.

<#if v.trend.findings?has_content>
| Finding | Measure | This week | Average / week | Typical week | Test | z | p |
|---|---|--:|--:|--:|---|--:|--:|
<#list v.trend.findings as f>
| ${f.what} (${f.by}) | ${f.measure} | ${f.current} | ${f.average} | ${f.typical} | ${f.method} | ${f.z} | ${f.p} |
</#list>

</#if>
<#if v.forecasts?has_content>
### The forecasts

<#if a.prognosis.method()?has_content>
${a.prognosis.method()}

</#if>
<#list v.forecasts as f>
<#if f.points?has_content>
**${f.title}.** Weekly counts, oldest first: ${f.history}<#if f.historyNote?has_content> (${f.historyNote})</#if>. Model: ${f.model}; ${f.backtest}.

| Week | Median | 50 % | 80 % | 95 % |
|---|--:|--:|--:|--:|
<#list f.points as p>
| ${p.target} | ${p.median} | ${p.interval50} | ${p.interval80} | ${p.interval95} |
</#list>

<#if f.outlook??>
*Outlook by month.* Monthly counts: ${f.outlook.history}. Model: ${f.outlook.model}; ${f.outlook.backtest}.

| Month | Median | 50 % | 80 % | 95 % |
|---|--:|--:|--:|--:|
<#list f.outlook.points as p>
| ${p.target} | ${p.median} | ${p.interval50} | ${p.interval80} | ${p.interval95} |
</#list>

</#if>
</#if>
</#list>
</#if>
## About this edition

Job ${a.jobId}, period ${a.period} (${v.periodLabel}), edition v${v.version}. Events as logged up to ${v.dataAsOf}: ${a.eventCount} in the period, each at its latest revision. Citation style: ${v.citationStyle}. Estimative terms follow ICD 203. Produced by Sitrep ${v.softwareVersion}; the events of the period are in `events.csv` beside this file and the sources in `bibliography.json`.
