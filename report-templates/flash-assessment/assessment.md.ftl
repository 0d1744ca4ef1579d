<#-- A flash assessment of one event, in the seed's order. ${...} is escaped for Markdown by default; only
     analyst prose and computed statements, with their citations already resolved, and the citations and
     bibliography entries the renderer wrote as Markdown (escaped, with their links) are written with ?no_esc.
     Prose after a numbered item's marker is written as v.item(p), not p.body: its lines are indented to stay
     inside the item, so that a list in a judgment nests and the next item is still an item. -->
<#macro passages list>
<#list list as p>
<#if p.title?has_content && !p.computed>
### ${p.title}

</#if>
${p.body?no_esc}<#if p.confidence?has_content> *(Confidence: ${p.confidence}<#if p.likelihood?has_content>; ${p.likelihoodShown()}</#if>.<#if p.status?has_content> ${p.status}</#if>)*</#if>

</#list>
</#macro>
<#assign f = v.flash>
<#assign e = f.event>
# ${a.title}

**${a.jobId} · flash assessment of event ${f.subject.eventId} (revision ${f.subject.revision}) · v${v.version}**

<#if f.subject.withdrawn>
> **Withdrawn.** Revision ${f.subject.revision} of event ${f.subject.eventId} withdraws it from the log. This assessment of it no longer stands; it is kept, with what it said, for the record.

</#if>
<#if a.builtFromSampleData()>
> **Sample data.** This assessment is built from Sitrep's sample event log. ${a.syntheticEventCount} of the ${a.eventCount} related events are synthetic filler (tagged *synthetic*, citing example.org); the others restate reported facts. Do not use it as an assessment of the real situation.

</#if>
## Key judgments

<#list a.keyJudgments as p>
${p?counter}. <#if p.title?has_content>**${p.title}.** </#if>${v.item(p)?no_esc}<#if p.confidence?has_content> *(Confidence: ${p.confidence}<#if p.likelihood?has_content>; ${p.likelihoodShown()}</#if>.<#if p.status?has_content> ${p.status}</#if>)*</#if>
</#list>

<#if a.changes??>
## Changes since v${a.changes.sinceVersion}

Why: ${a.changes.reasons?join("; ")}.

<#if f.subject.withdrawn>
- **The event was withdrawn** (revision ${f.subject.revision}).
</#if>
<#if a.changes.eventsAdded?has_content>
- **Related events added** (${a.changes.eventsAdded?size}): ${a.changes.eventsAdded?join(", ")}
</#if>
<#if a.changes.eventsRevised?has_content>
- **Events revised** (${a.changes.eventsRevised?size}): ${a.changes.eventsRevised?join(", ")}
</#if>
<#if a.changes.eventsWithdrawn?has_content>
- **Events no longer related or withdrawn** (${a.changes.eventsWithdrawn?size}): ${a.changes.eventsWithdrawn?join(", ")}
</#if>
<#if a.changes.judgmentsChanged?has_content>
- **Key judgments changed**: ${a.changes.judgmentsChanged?join("; ")}
</#if>
<#if a.changes.forecastsChanged?has_content>
- **Forecasts changed** (expected over the horizon): ${a.changes.forecastsChanged?join("; ")}
</#if>

</#if>
## 1. The event

- **What:** ${e.what}<#if e.synthetic> *[synthetic]*</#if>
- **When:** ${e.date} (precision: ${e.precision})
- **Where:** ${e.where}
- **Who:** ${e.actors}
- **Fatalities:** ${e.fatalities}

${e.summary} ${e.citation?no_esc}

## 2. Pattern

Related events: every ${f.subject.relatedBy} in the job's scope from ${v.periodLabel} (the event's week and the baseline weeks before it), at their latest revision as logged up to ${v.dataAsOf}. ${a.keyJudgments?filter(p -> p.id == "flash-pattern")?first.body?no_esc}
<#list a.keyJudgments?filter(p -> p.id == "flash-episode") as ep>

${ep.body?no_esc}
</#list>

<#if v.chart("chart-weekly-events.svg")??>
![${v.chart("chart-weekly-events.svg").alt}](${v.chart("chart-weekly-events.svg").file})

</#if>
<#if f.timeline?size < a.periodEvents?size>
The table shows the latest ${f.timeline?size} of the ${a.periodEvents?size} related events; `events.csv` beside this file lists them all.

</#if>
| # | Date | Where | What | Actors | Summary |
|--:|---|---|---|---|---|
<#list f.timeline as t>
| ${t.number} | <#if t.subject>**${t.date}**<#else>${t.date}</#if> | ${t.where} | ${t.what} | ${t.actors} | <#if t.subject>**This event.** </#if>${t.summary}<#if t.synthetic> *[synthetic]*</#if> ${t.citation?no_esc} |
</#list>

## 3. What analysts judge

<#if a.section("relevant-judgments").passages?has_content>
The standing judgments of this job that concern the event's actors, places or tags, the most relevant first, each in brief.

<@passages a.section("relevant-judgments").passages/>
<#else>
No standing analyst judgment of this job concerns the event's actors, places or tags.

</#if>
## 4. Prognosis, 6–12 months

<#if f.related?? && f.related.outlook??>
**${f.related.title}, by month.** <#if f.related.outlook.note?has_content>${f.related.outlook.note} </#if>Monthly counts: ${f.related.outlook.history}. Confidence: ${f.related.outlook.confidence}.

| Month | Median | 50 % | 80 % | 95 % |
|---|--:|--:|--:|--:|
<#list f.related.outlook.points as p>
| ${p.target} | ${p.median} | ${p.interval50} | ${p.interval80} | ${p.interval95} |
</#list>

<#elseif f.related?? && f.related.points?has_content>
**${f.related.title}.** Weekly counts: ${f.related.history}. Median forecast over the next ${a.prognosis.horizonWeeks} weeks: **${f.related.total.median}** (80 % interval ${f.related.total.interval80}). No monthly outlook: too little monthly history.

<#elseif f.related?? && f.related.withoutForecast??>
**${f.related.title}.** ${f.related.withoutForecast}

<#else>
No forecast of the related events: there is no history to forecast from.

</#if>
<#if v.scenarios?has_content>
### Scenarios

The job's scenarios over the next ${a.prognosis.horizonWeeks} weeks, read in order (the first that holds is the one that happens, so the probabilities add up to one); probabilities from 10,000 joint draws of the job's forecasts, in ICD 203 terms. Analytic confidence: ${v.scenarioConfidence}.

| Scenario | When | Probability | Estimative term |
|---|---|--:|---|
<#list v.scenarios as s>
| **${s.name?cap_first}**: ${s.title} | ${s.description} (*${s.condition}*) | ${s.probability} | ${s.estimative} (${s.range}) |
</#list>

</#if>
## 5. Locator map

<#if v.chart("map-events.svg")??>
![${v.chart("map-events.svg").alt}](${v.chart("map-events.svg").file})

</#if>
<#if f.mapNote?has_content>
${f.mapNote}

</#if>

## 6. Sources

<#list v.bibliography as b>
- ${b?no_esc}
</#list>

<#if f.related?? && f.related.points?has_content>
## How these numbers were made

The related events' week is set against the ${a.trends.baselineUsed} weeks before it as the weekly edition sets its counts (see that edition's annex). ${f.related.title}, weekly: ${f.related.model}; ${f.related.backtest}.<#if f.related.outlook??> By month: ${f.related.outlook.model}; ${f.related.outlook.backtest}.</#if>

</#if>
## About this assessment

Job ${a.jobId}, flash assessment ${a.period}, v${v.version}. Event ${f.subject.eventId} at revision ${f.subject.revision}; ${a.eventCount} related events from ${v.periodLabel}, each at its latest revision as logged up to ${v.dataAsOf}. Citation style: ${v.citationStyle}. Estimative terms follow ICD 203. Produced by Sitrep ${v.softwareVersion}; the related events are in `events.csv` beside this file and the sources in `bibliography.json`.
