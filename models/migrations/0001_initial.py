"""v1 schema for every area: profile, clients, jobs (+FTS5), proposals, contracts, payments.

Written as SQL so the migration stays frozen whatever later happens to the models.
Conventions: money columns end in _cents (INTEGER minor units) beside a currency code;
times end in _at (ISO-8601 UTC text, "...Z"); dates end in _on (YYYY-MM-DD);
band and status columns hold short codes, never display strings.
"""

from models import dialect
from models.db import is_postgres

SCHEMA = r"""
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- Profile ------------------------------------------------------------------
CREATE TABLE profile (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'general' CHECK (kind IN ('general', 'specialized')),
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    overview TEXT NOT NULL DEFAULT '',
    category TEXT,
    hourly_rate_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'USD',
    availability TEXT,
    hours_per_week TEXT,
    location TEXT,
    timezone TEXT,
    photo_sha256 TEXT,
    photo_name TEXT,
    video_url TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE profile_skill (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    UNIQUE (profile_id, name)
);
CREATE TABLE profile_language (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    proficiency TEXT NOT NULL DEFAULT 'conversational',
    UNIQUE (profile_id, language)
);
CREATE TABLE portfolio_item (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    url TEXT,
    completed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE portfolio_file (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES portfolio_item(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
-- which portfolio items a specialized profile shows
CREATE TABLE profile_portfolio (
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES portfolio_item(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (profile_id, item_id)
);
CREATE TABLE certification (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    issuer TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    expires_on TEXT,
    credential_id TEXT,
    url TEXT
);
CREATE TABLE employment (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    company TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    location TEXT,
    start_on TEXT,
    end_on TEXT,
    current INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE education (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    school TEXT NOT NULL,
    degree TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL DEFAULT '',
    start_year INTEGER,
    end_year INTEGER,
    description TEXT NOT NULL DEFAULT ''
);

-- Clients ------------------------------------------------------------------
CREATE TABLE client (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    company TEXT,
    country TEXT,
    timezone TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX client_name ON client(name);

-- Jobs ---------------------------------------------------------------------
CREATE TABLE job (
    id INTEGER PRIMARY KEY,
    ext_id TEXT UNIQUE,                 -- Upwork ciphertext id (~01...), the dedupe key
    url TEXT,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category TEXT,
    subcategory TEXT,
    skills TEXT NOT NULL DEFAULT '',    -- comma-separated, in posting order
    job_type TEXT CHECK (job_type IN ('hourly', 'fixed')),
    hourly_min_cents INTEGER,
    hourly_max_cents INTEGER,
    budget_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'USD',
    experience_level TEXT,              -- entry | intermediate | expert
    duration TEXT,                      -- lt1m | 1to3m | 3to6m | gt6m
    workload TEXT,                      -- lt30 | gt30 | as_needed
    proposals_band TEXT,                -- lt5 | 5to10 | 10to15 | 15to20 | 20to50 | 50plus
    connects_required INTEGER,
    posted_at TEXT,
    client_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
    -- snapshot of the client's figures as the posting showed them, with its date
    client_payment_verified INTEGER,
    client_country TEXT,
    client_rating TEXT,                 -- decimal as text, e.g. "4.98"
    client_reviews INTEGER,
    client_spent_cents INTEGER,
    client_hires INTEGER,
    client_hire_rate INTEGER,           -- percent
    client_open_jobs INTEGER,
    client_member_since TEXT,
    client_snapshot_at TEXT,
    source TEXT NOT NULL DEFAULT 'manual',  -- paste | csv | json | rss | feed | manual
    source_ref TEXT,
    raw_text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new', -- new | saved | applied | hidden | closed
    starred INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    first_seen_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX job_url ON job(url) WHERE url IS NOT NULL AND ext_id IS NULL;
CREATE INDEX job_posted ON job(posted_at);
CREATE INDEX job_type_budget ON job(job_type, budget_cents);
CREATE INDEX job_status ON job(status);
-- earlier versions of a posting, kept when a re-import changes it
CREATE TABLE job_snapshot (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES job(id) ON DELETE CASCADE,
    taken_at TEXT NOT NULL,
    data TEXT NOT NULL                  -- JSON of the replaced fields
);
CREATE VIRTUAL TABLE job_fts USING fts5(
    title, description, skills, category,
    content='job', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER job_fts_insert AFTER INSERT ON job BEGIN
    INSERT INTO job_fts(rowid, title, description, skills, category)
    VALUES (new.id, new.title, new.description, new.skills, coalesce(new.category, ''));
END;
CREATE TRIGGER job_fts_delete AFTER DELETE ON job BEGIN
    INSERT INTO job_fts(job_fts, rowid, title, description, skills, category)
    VALUES ('delete', old.id, old.title, old.description, old.skills, coalesce(old.category, ''));
END;
CREATE TRIGGER job_fts_update AFTER UPDATE OF title, description, skills, category ON job BEGIN
    INSERT INTO job_fts(job_fts, rowid, title, description, skills, category)
    VALUES ('delete', old.id, old.title, old.description, old.skills, coalesce(old.category, ''));
    INSERT INTO job_fts(rowid, title, description, skills, category)
    VALUES (new.id, new.title, new.description, new.skills, coalesce(new.category, ''));
END;
CREATE TABLE saved_search (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL DEFAULT '',
    filters TEXT NOT NULL DEFAULT '{}', -- JSON
    created_at TEXT NOT NULL,
    last_run_at TEXT,
    last_seen_job_id INTEGER
);
CREATE TABLE feed (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    last_fetched_at TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL
);

-- Proposals ----------------------------------------------------------------
CREATE TABLE proposal_template (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'template' CHECK (kind IN ('template', 'snippet')),
    name TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, name)
);
CREATE TABLE proposal (
    id INTEGER PRIMARY KEY,
    job_id INTEGER REFERENCES job(id) ON DELETE SET NULL,
    profile_id INTEGER REFERENCES profile(id) ON DELETE SET NULL,
    client_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    cover_letter TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    -- draft | submitted | viewed | interviewing | offer | hired | declined | withdrawn
    -- | archived | job_cancelled
    is_invitation INTEGER NOT NULL DEFAULT 0,
    bid_type TEXT NOT NULL DEFAULT 'hourly' CHECK (bid_type IN ('hourly', 'fixed')),
    fixed_mode TEXT NOT NULL DEFAULT 'project' CHECK (fixed_mode IN ('project', 'milestones')),
    rate_cents INTEGER,
    amount_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'USD',
    rate_increase_months INTEGER,
    rate_increase_percent TEXT,
    fee_percent TEXT,                   -- variable per-contract rate when chosen, e.g. "10"
    connects_required INTEGER,          -- recorded at submission
    boost_connects INTEGER NOT NULL DEFAULT 0,
    submitted_at TEXT,
    viewed_at TEXT,
    closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX proposal_status ON proposal(status);
CREATE INDEX proposal_job ON proposal(job_id);
CREATE TABLE proposal_milestone (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER NOT NULL DEFAULT 0,
    due_on TEXT
);
CREATE TABLE screening_answer (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    question TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT ''
);
CREATE TABLE proposal_attachment (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
CREATE TABLE proposal_status_change (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE proposal_revision (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    saved_at TEXT NOT NULL,
    cover_letter TEXT NOT NULL
);
CREATE INDEX proposal_revision_by_proposal ON proposal_revision(proposal_id, saved_at);
-- Connects: every issue, purchase, spend, refund and expiry as a signed row
CREATE TABLE connects_entry (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    delta INTEGER NOT NULL,
    -- monthly | purchase | spent | boost | refund | expired | adjust
    reason TEXT NOT NULL,
    cost_cents INTEGER NOT NULL DEFAULT 0,
    expires_on TEXT,
    proposal_id INTEGER REFERENCES proposal(id) ON DELETE SET NULL,
    job_id INTEGER REFERENCES job(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT ''
);

-- Contracts ----------------------------------------------------------------
CREATE TABLE contract (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER REFERENCES proposal(id) ON DELETE SET NULL,
    client_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
    ext_id TEXT,                        -- the marketplace's contract id, when known
    title TEXT NOT NULL,
    terms TEXT NOT NULL DEFAULT '',
    contract_type TEXT NOT NULL CHECK (contract_type IN ('hourly', 'fixed')),
    status TEXT NOT NULL DEFAULT 'active', -- offer | active | paused | ended | declined
    rate_cents INTEGER,
    weekly_limit_minutes INTEGER,
    manual_time_allowed INTEGER NOT NULL DEFAULT 1,
    rate_increase_months INTEGER,
    rate_increase_percent TEXT,
    amount_cents INTEGER,
    currency TEXT NOT NULL DEFAULT 'USD',
    fee_percent TEXT,                   -- per-contract variable rate (2025 regime)
    start_at TEXT,
    end_at TEXT,
    end_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contract_status ON contract(status);
CREATE TABLE contract_milestone (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER NOT NULL,
    due_on TEXT,
    state TEXT NOT NULL DEFAULT 'not_funded',
    -- not_funded | funded | submitted | changes_requested | approved | paid
    released_cents INTEGER NOT NULL DEFAULT 0,
    funded_at TEXT,
    submitted_at TEXT,
    approved_at TEXT,
    paid_at TEXT
);
CREATE TABLE time_entry (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    ended_at TEXT,                      -- NULL while the timer runs
    minutes INTEGER,                    -- set when stopped or entered by hand
    memo TEXT NOT NULL DEFAULT '',
    manual INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX time_entry_by_contract ON time_entry(contract_id, started_at);
CREATE UNIQUE INDEX one_running_timer ON time_entry((1)) WHERE ended_at IS NULL AND manual = 0;
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
    score TEXT,                         -- overall, decimal text 1.00-5.00
    skills INTEGER,
    quality INTEGER,
    availability INTEGER,
    deadlines INTEGER,
    communication INTEGER,
    cooperation INTEGER,
    text TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    UNIQUE (contract_id, direction)
);
-- messages, calls, interviews and notes with a client, on a proposal or a contract
CREATE TABLE interaction (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER REFERENCES proposal(id) ON DELETE CASCADE,
    contract_id INTEGER REFERENCES contract(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'message', -- message | call | interview | note
    direction TEXT,                     -- in | out
    at TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX interaction_by_proposal ON interaction(proposal_id, at);
CREATE INDEX interaction_by_contract ON interaction(contract_id, at);

-- Payments -----------------------------------------------------------------
CREATE TABLE withdrawal_method (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    -- ach | local_bank | wire | instant | paypal | payoneer | other
    kind TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'USD',
    fee_fixed_cents INTEGER NOT NULL DEFAULT 0,
    fee_percent TEXT NOT NULL DEFAULT '0',
    fee_min_cents INTEGER,
    fee_max_cents INTEGER,
    activation_days INTEGER NOT NULL DEFAULT 3,
    added_at TEXT NOT NULL,
    last4 TEXT,                         -- the full account number lives in the keyring
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE money_transaction (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    -- hourly | fixed_price | bonus | service_fee | refund | withdrawal | withdrawal_fee
    -- | connects | membership_fee | payment | misc
    status TEXT NOT NULL DEFAULT 'pending', -- in_review | pending | available | withdrawn
    occurred_at TEXT NOT NULL,
    available_on TEXT,
    gross_cents INTEGER NOT NULL DEFAULT 0,
    fee_cents INTEGER NOT NULL DEFAULT 0,
    net_cents INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    local_amount_cents INTEGER,
    local_currency TEXT,
    exchange_rate TEXT,
    description TEXT NOT NULL DEFAULT '',
    contract_id INTEGER REFERENCES contract(id) ON DELETE SET NULL,
    client_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
    milestone_id INTEGER REFERENCES contract_milestone(id) ON DELETE SET NULL,
    parent_id INTEGER REFERENCES money_transaction(id) ON DELETE SET NULL,
    withdrawal_method_id INTEGER REFERENCES withdrawal_method(id) ON DELETE SET NULL,
    week_start_on TEXT,                 -- hourly earnings: the Upwork week billed
    minutes INTEGER,
    ext_ref TEXT UNIQUE,                -- statement Ref ID / Transaction ID, the dedupe key
    balance_cents INTEGER,              -- running balance as the statement showed it
    source TEXT NOT NULL DEFAULT 'manual', -- manual | import | contract
    created_at TEXT NOT NULL
);
CREATE INDEX money_transaction_occurred ON money_transaction(occurred_at);
CREATE INDEX money_transaction_kind ON money_transaction(kind, status);
CREATE INDEX money_transaction_contract ON money_transaction(contract_id);
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                 -- jobs | transactions | weekly_summary | ...
    file_name TEXT NOT NULL,
    sha256 TEXT,
    at TEXT NOT NULL,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL DEFAULT ''
);
"""


def _statements(sql: str):
    """Split on ';' at line ends, keeping trigger bodies (BEGIN ... END;) whole."""
    buf: list[str] = []
    depth = 0
    for line in sql.splitlines():
        stripped = line.strip()
        if not buf and (not stripped or stripped.startswith("--")):
            continue
        buf.append(line)
        if stripped.upper().endswith("BEGIN"):
            depth += 1
        if stripped.upper() == "END;":
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            yield "\n".join(buf)
            buf = []


# PostgreSQL's search column in place of FTS5 (whose table and triggers it skips): a generated,
# weighted tsvector — A title, B skills, C category, D description, in the order of FTS5's bm25
# weights (8, 4, 2, 1) — with a GIN index. Stemmed like FTS5's porter tokenizer ('english').
POSTGRES_SEARCH = (
    "ALTER TABLE job ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english', coalesce(skills, '')), 'B') || "
    "setweight(to_tsvector('english', coalesce(category, '')), 'C') || "
    "setweight(to_tsvector('english', coalesce(description, '')), 'D')) STORED",
    "CREATE INDEX job_search_vector ON job USING gin (search_vector)",
)


def up(migrator, db):
    for statement in _statements(SCHEMA):
        dialect.execute(db, statement)
    if is_postgres(db):
        for statement in POSTGRES_SEARCH:
            db.execute_sql(statement)
