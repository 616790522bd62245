// JobsagReview: spot-check supervision (ledelsestilsyn, RULES.md §5) as pure values — a
// reproducible stratified sample of cases, a checklist pre-filled from the rules, the
// reviewer's answers, the round's summary and its Markdown/CSV report, and a reproducible
// sample of the access log. Pure: no clock, no I/O, no system randomness; every function
// takes its date and seed.
