"""Pure domain rules: money, fees, payout dates, Connects, weeks, limits.

Plain Python (no Qt, no database). Rules that changed over time are dated data tables, looked up
by date, kept in one place each:

- ``money``    Decimal money: to_cents/from_cents, round_cents (half up), parse/format_money,
               amount_for_minutes (hourly rate × minutes).
- ``fees``     Upwork service fee regimes (flat 10%, tiered 20/10/5%, 2023 flat 10% with legacy
               5%, 2025 variable 0–15%): service_fee, gross_for_net, regime_on, describe_regime.
- ``payout``   When money is available and contract deadlines: hourly_week, hourly_available_on,
               manual_available_on, available_on, milestone_auto_approve_at, diary_edit_deadline,
               bonus/refund/feedback deadlines, is_open.
- ``weeks``    Upwork week (Mon 00:00 – Sun 23:59 UTC): week_start/week_end/week_bounds, days,
               split_at_weeks, split_over_limit / split_by_week for weekly hour limits.
- ``connects`` Connects price, bundles, allowances, expiry, refunds (is_refunded), boost auction,
               FIFO balance with expiry (balance_on).
- ``limits``   One table of marketplace limits with source notes: limit(key), limit_info, check.
- ``rates``    Scheduled rate increases: rate_on, rate_schedule.
- ``states``   The proposal status and milestone escrow state machines: which move is allowed.

All instants are timezone-aware UTC datetimes; calendar answers are UTC dates. Percent rates are
Decimal percents (``Decimal("10")`` = 10%). Bad input raises ValueError subclasses with a message
naming the value.
"""
