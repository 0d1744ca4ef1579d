<#-- The weekly assessment, in Markdown. ${...} is escaped for Markdown by default; only analyst prose,
     checked when it was added and with its citations already resolved, is written with ?no_esc. -->
<#macro passages list>
<#list list as p>
<#if p.title?has_content && !p.computed>
### ${p.title}

</#if>
${p.body?no_esc}<#if p.confidence?has_content> *(Confidence: ${p.confidence}<#if p.likelihood?has_content>; ${p.likelihood}</#if>.)*</#if>

</#list>
</#macro>
# ${a.title}

**${a.period} · ${v.periodLabel} · edition v${v.version}**

<#if a.builtFromSampleData()>
> **Sample data.** This edition is built from Sitrep's sample event log. ${a.syntheticEventCount} of the ${a.eventCount} events of this week are synthetic filler (tagged *synthetic*, citing example.org); the others restate reported facts. Do not use it as an assessment of the real situation.

</#if>
## Key judgments

<#list a.keyJudgments as p>
${p?counter}. <#if !p.computed>**${p.title}.** </#if>${p.body?no_esc}<#if p.confidence?has_content> *(Confidence: ${p.confidence}<#if p.likelihood?has_content>; ${p.likelihood}</#if>.)*</#if>
</#list>

## Context

<@passages a.section("context").passages/>
<#if a.section("strategic-logic").passages?has_content>
## Strategic logic

<@passages a.section("strategic-logic").passages/>
</#if>
## Trends

In ${a.period} Sitrep logged **${v.total.current} events** (baseline: ${v.total.baseline} a week over the previous ${a.trends.baselineWeeks} weeks; ${v.total.signal}, p = ${v.total.p}) with **${v.fatalities.current} reported fatalities** (baseline ${v.fatalities.baseline} a week). A surge or drop is a one-sided Poisson test at the baseline mean, significant at p < 0.05. The last column shows the ${a.trends.baselineWeeks + 1} weeks up to this one.

### By event type

| Type | This week | Baseline / week | Change | Signal | p | Weeks |
|---|--:|--:|--:|---|--:|---|
<#list v.byType as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.p} | ${r.sparkline} |
</#list>

### By governorate

| Governorate | This week | Baseline / week | Change | Signal | p | Weeks |
|---|--:|--:|--:|---|--:|---|
<#list v.byAdmin1 as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.p} | ${r.sparkline} |
</#list>

### Most active actors

| Actor | This week | Baseline / week | Change | Signal | p | Weeks |
|---|--:|--:|--:|---|--:|---|
<#list v.byActor as r>
| ${r.key} | ${r.current} | ${r.baseline} | ${r.change} | ${r.signal} | ${r.p} | ${r.sparkline} |
</#list>

<#if a.trends.newActors?has_content>
**New actors this week** (first seen in the whole log): ${a.trends.newActors?join("; ")}.

</#if>
<#if a.trends.newPlaces?has_content>
**New places this week:** ${a.trends.newPlaces?join("; ")}.

</#if>
## Notable events

<#list v.notable as e>
- **${e.date} — ${e.where}** (${e.what}; ${e.actors})<#if e.synthetic> *[synthetic]*</#if>: ${e.summary} ${e.citation}
</#list>
<#if !v.notable?has_content>
No events were logged for this period.
</#if>

<#if a.section("risks").passages?has_content>
## Risks

<@passages a.section("risks").passages/>
</#if>
## Prognosis

<@passages a.section("outlook").passages/>
<#list v.forecasts as f>
### ${f.series.title}

Weekly counts, last ${f.series.history.counts?size} weeks: ${f.history}. Model: ${f.series.model}. Expected over the next ${a.prognosis.horizonWeeks} weeks: ${f.horizonMean}.

| Week | Expected | 80 % interval | 95 % interval |
|---|--:|--:|--:|
<#list f.points as p>
| ${p.week} | ${p.mean} | ${p.interval80} | ${p.interval95} |
</#list>

<#if f.series.scenarios?has_content>
| Scenario | Outcome over ${a.prognosis.horizonWeeks} weeks | Probability | Estimative term |
|---|---|--:|---|
<#list f.series.scenarios as s>
| **${s.name?cap_first}**: ${s.title} | ${s.description} | ${f.probabilities[s?index]} | ${s.estimative} (${s.range}) |
</#list>

</#if>
</#list>
<#if a.prognosis.indicators?has_content>
### Indicators to watch

<#list a.prognosis.indicators as i>
- ${i}
</#list>

</#if>
## Implications

<@passages a.section("implications").passages/>
<#if a.section("conclusion").passages?has_content>
## Conclusion

<@passages a.section("conclusion").passages/>
</#if>
## Sources

<#list v.bibliography as b>
- ${b}
</#list>

## About this edition

Job ${a.jobId}, period ${a.period} (${v.periodLabel}), edition v${v.version}. Events as logged up to ${v.dataAsOf}: ${a.eventCount} in the period, each at its latest revision. Citation style: ${v.citationStyle}. Estimative terms follow ICD 203. Produced by Sitrep ${v.softwareVersion}; the events of the period are in `events.csv` beside this file and the sources in `bibliography.json`.
