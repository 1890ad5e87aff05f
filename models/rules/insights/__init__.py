"""Pure formulas behind the Insights views (no Qt, no database, no clock).

- ``stats``     recency weights, weighted percentiles and percentile rank, Wilson intervals,
                the "too little to conclude" thresholds.
- ``market``    a job's hourly rate, rate summaries by experience level, where a rate sits.
- ``skills``    skill names, skills-gap ranking by demand and by rate premium.
- ``funnel``    how far a proposal got, bid/speed bands, win rates with intervals, Connects ROI.
- ``cashflow``  money on its way (in review → pending → available) as a weekly calendar, hourly
                weeks projected from time logged, "how much can I withdraw on day X".
- ``effective`` the true hourly rate after fees, Connects and unbilled hours.
- ``jss``       an *estimated* Job Success Score range from contract outcomes.
- ``clients``   reply times and the fee tier a client's lifetime billings have reached.

Every function takes "now"/"today" as an argument. Money is Decimal; weights and shares are floats
(they are statistics, not money).
"""
