"""One family for every refusal: ``ServiceError(code, **params)``.

A service (or a pure rule) raises a ServiceError when the user asked for something the data does
not allow; anything else that escapes is a bug and reaches the crash handler (qutebrowser keeps
the same split). The error carries a *code* and *parameters*, never a sentence of its own:

    raise ProposalError(Code.PROPOSAL_NOT_DRAFT, status=proposal.status)

The codes and their English templates are declared ONCE, here, in ``TEMPLATES``. They are
marked with QT_TRANSLATE_NOOP (a plain no-op below: this layer has no Qt), so lupdate puts them
in the .ts under the context "ServiceError"; ui/messages.py translates the template and fills in
the parameters in the user's language. ``str(error)`` renders the English template, for the CLI
and the log.

The base lives in models/ because pure rules (fees, Connects, money) raise it too; everything
above imports it as ``desktop.errors.ServiceError``.

Older raise sites still pass a finished English sentence (``ProposalError("…")``); such an
error has the code ``text`` and is shown as written. Convert them to codes as they are touched.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate knows this name
    return text


class Code(StrEnum):
    TEXT = "text"  # a finished English sentence from a raise site not converted yet
    # proposals
    PROPOSAL_NOT_FOUND = "proposal.not_found"
    JOB_NOT_FOUND = "job.not_found"
    PROPOSAL_LETTER_SENT = "proposal.letter_sent"
    PROPOSAL_BID_SENT = "proposal.bid_sent"
    PROPOSAL_NOT_DRAFT = "proposal.not_draft"
    PROPOSAL_REVISION_FOREIGN = "proposal.revision_foreign"
    PROPOSAL_NOT_A_NUMBER = "proposal.not_a_number"
    PROPOSAL_NEGATIVE = "proposal.negative"
    PROPOSAL_PERCENT_RANGE = "proposal.percent_range"
    PROPOSAL_NET_MISSING = "proposal.net_missing"
    PROPOSAL_CANNOT_SUBMIT = "proposal.cannot_submit"
    PROPOSAL_TRANSITION = "proposal.transition"
    PROPOSAL_UNDO_NOT_SUPPORTED = "proposal.undo_not_supported"
    PROPOSAL_UNDO_LATER_FIRST = "proposal.undo_later_first"
    PROPOSAL_REFUND_SPENT = "proposal.refund_spent"
    PROPOSAL_BOOST_NOT_REFUNDABLE = "proposal.boost_not_refundable"
    PROPOSAL_NOT_ARCHIVED = "proposal.not_archived"
    # what a proposal's check finds before sending (proposals.check: errors and warnings)
    CHECK_LETTER_EMPTY = "check.letter_empty"
    CHECK_LETTER_TOO_LONG = "check.letter_too_long"
    CHECK_UNFILLED = "check.unfilled"
    CHECK_GENERIC_LETTER = "check.generic_letter"
    CHECK_NO_ANSWER = "check.no_answer"
    CHECK_FEE_RANGE = "check.fee_range"
    CHECK_RATE_MISSING = "check.rate_missing"
    CHECK_RATE_MIN = "check.rate_min"
    CHECK_RATE_INCREASE = "check.rate_increase"
    CHECK_NO_MILESTONES = "check.no_milestones"
    CHECK_TOO_MANY_MILESTONES = "check.too_many_milestones"
    CHECK_MILESTONE_DESCRIPTION = "check.milestone_description"
    CHECK_MILESTONE_MIN = "check.milestone_min"
    CHECK_MILESTONES_SUM = "check.milestones_sum"
    CHECK_PRICE_MISSING = "check.price_missing"
    CHECK_PRICE_MIN = "check.price_min"
    # planned withdrawals (Insights ▸ Cash flow)
    PLAN_AMOUNT = "plan.amount"
    PLAN_PAST = "plan.past"
    PLAN_METHOD_GONE = "plan.method_gone"
    PLAN_GONE = "plan.gone"
    # workspace (a shared PostgreSQL database)
    WORKSPACE_BAD_URL = "workspace.bad_url"
    WORKSPACE_NO_KEYRING = "workspace.no_keyring"
    WORKSPACE_UNREACHABLE = "workspace.unreachable"
    WORKSPACE_CONFLICT = "workspace.conflict"
    CONTRACT_NOT_FOUND = "contract.not_found"
    TIMER_FIXED_PRICE = "timer.fixed_price"
    TIMER_NOT_ACTIVE = "timer.not_active"
    TIMER_DIARY_CLOSED = "timer.diary_closed"
    TIMER_ALREADY_RUNNING = "timer.already_running"
    TIMER_NOT_RUNNING = "timer.not_running"
    TIMER_TOO_SHORT = "timer.too_short"
    TIMER_TOO_LONG = "timer.too_long"
    TIMER_NAIVE_TIME = "timer.naive_time"
    TIMER_NO_MANUAL = "timer.no_manual"
    TIMER_MANUAL_FUTURE = "timer.manual_future"
    TIMER_BEFORE_START = "timer.before_start"
    TIMER_ENTRY_GONE = "timer.entry_gone"
    TIMER_STOP_TO_EDIT = "timer.stop_to_edit"
    TIMER_CROSSES_WEEK = "timer.crosses_week"
    TIMER_FUTURE = "timer.future"
    TIMER_STOP_TO_DELETE = "timer.stop_to_delete"
    TIMER_RESTORE_RUNNING = "timer.restore_running"
    TIMER_IDLE_CHANGED = "timer.idle_changed"
    MILESTONE_NOT_FOUND = "milestone.not_found"
    CONTRACT_PROPOSAL_NOT_FOUND = "contract.proposal_not_found"
    CONTRACT_NO_TITLE = "contract.no_title"
    CONTRACT_NO_RATE = "contract.no_rate"
    CONTRACT_WEEKLY_LIMIT = "contract.weekly_limit"
    CONTRACT_INCREASE_NO_PERCENT = "contract.increase_no_percent"
    CONTRACT_INCREASE_NOT_POSITIVE = "contract.increase_not_positive"
    CONTRACT_TRANSITION = "contract.transition"
    CONTRACT_END_REASON = "contract.end_reason"
    MILESTONE_FIXED_ONLY = "milestone.fixed_only"
    CONTRACT_CLOSED = "contract.closed"
    MILESTONE_NO_AMOUNT = "milestone.no_amount"
    MILESTONE_FUNDED_AMOUNT = "milestone.funded_amount"
    MILESTONE_REMOVE_FUNDED = "milestone.remove_funded"
    MILESTONE_CONTRACT_CLOSED = "milestone.contract_closed"
    MILESTONE_RELEASE_RANGE = "milestone.release_range"
    BONUS_NO_AMOUNT = "bonus.no_amount"
    BONUS_NOT_POSSIBLE = "bonus.not_possible"
    BONUS_TOO_LATE = "bonus.too_late"
    REFUND_NO_AMOUNT = "refund.no_amount"
    REFUND_NOTHING_PAID = "refund.nothing_paid"
    REFUND_TOO_LATE = "refund.too_late"
    REFUND_TOO_MUCH = "refund.too_much"
    FEEDBACK_STARS = "feedback.stars"
    FEEDBACK_SCORE = "feedback.score"
    FEEDBACK_NOT_ENDED = "feedback.not_ended"
    FEEDBACK_WINDOW_CLOSED = "feedback.window_closed"
    PAYMENT_REFUND_POSITIVE = "payment.refund_positive"
    PAYMENT_NEGATIVE = "payment.negative"
    EXPENSE_NOT_POSITIVE = "expense.not_positive"
    METHOD_NO_NAME = "method.no_name"
    METHOD_FEE_PERCENT = "method.fee_percent"
    METHOD_ACTIVATION_NEGATIVE = "method.activation_negative"
    WITHDRAWAL_NOT_POSITIVE = "withdrawal.not_positive"
    METHOD_NOT_FOUND = "method.not_found"
    WITHDRAWAL_HOLD = "withdrawal.hold"
    WITHDRAWAL_FEE_NEGATIVE = "withdrawal.fee_negative"
    WITHDRAWAL_OVER_BALANCE = "withdrawal.over_balance"
    CONNECTS_PRICE_NOT_POSITIVE = "connects.price_not_positive"
    CONNECTS_BUNDLES = "connects.bundles"
    CONNECTS_ZERO_CORRECTION = "connects.zero_correction"
    CONNECTS_NEGATIVE_BALANCE = "connects.negative_balance"
    CONNECTS_ROW_FROM_PROPOSAL = "connects.row_from_proposal"
    MONEY_NOT_AMOUNT = "money.not_amount"
    MONEY_MINIMUM = "money.minimum"
    MILESTONE_N_MINIMUM = "milestone.n_minimum"
    CONTRACT_NEW_STATUS = "contract.new_status"
    CONTRACT_TYPE = "contract.type"
    CONTRACT_FEE_NOT_PERCENT = "contract.fee_not_percent"
    CONTRACT_FEE_RANGE = "contract.fee_range"
    FEE_RATE_RANGE = "fee.rate_range"  # a recorded fee the dated fee rules cannot apply
    MILESTONE_STEP = "milestone.step"
    FEEDBACK_DIRECTION = "feedback.direction"
    FEEDBACK_NO_RATING = "feedback.no_rating"
    PROFILE_NOT_FOUND = "profile.not_found"
    PROFILE_GENERAL_UNDELETABLE = "profile.general_undeletable"
    PROFILE_NAME_TOO_LONG = "profile.name_too_long"
    PROFILE_CURRENCY = "profile.currency"
    PROFILE_CATEGORY = "profile.category"
    PROFILE_RATE_NOT_MONEY = "profile.rate_not_money"
    PROFILE_RATE_MINIMUM = "profile.rate_minimum"
    PROFILE_RATE_TYPO = "profile.rate_typo"
    PROFILE_PHOTO_NOT_IMAGE = "profile.photo_not_image"
    PROFILE_SKILL_TOO_LONG = "profile.skill_too_long"
    PROFILE_LANGUAGE_LISTED = "profile.language_listed"
    PROFILE_GENERAL_ALL_ITEMS = "profile.general_all_items"
    PROFILE_ITEMS_GONE = "profile.items_gone"
    PROFILE_FILE_GONE = "profile.file_gone"
    PROFILE_LABEL_TOO_LONG = "profile.label_too_long"
    INTERACTION_KIND = "interaction.kind"
    INTERACTION_DIRECTION = "interaction.direction"
    INTERACTION_NO_TEXT = "interaction.no_text"
    INTERACTION_NO_OWNER = "interaction.no_owner"
    TEMPLATE_KIND = "template.kind"
    TEMPLATE_NO_NAME = "template.no_name"
    TEMPLATE_NAME_TAKEN = "template.name_taken"
    JOB_NO_FILES = "job.no_files"
    JOB_FIELD_NOT_EDITABLE = "job.field_not_editable"
    JOB_FIELD_FLOAT = "job.field_float"
    JOB_NO_TITLE = "job.no_title"
    JOB_FIELD_UNKNOWN_VALUE = "job.field_unknown_value"
    JOB_FIELD_NEGATIVE = "job.field_negative"
    JOB_FIELD_RANGE = "job.field_range"
    JOB_FIELD_RATING = "job.field_rating"
    JOB_FIELD_NAIVE = "job.field_naive"
    JOB_RATE_ORDER = "job.rate_order"
    JOB_DUPLICATE_ID = "job.duplicate_id"
    JOB_DUPLICATE_LINK = "job.duplicate_link"
    JOB_HAS_PROPOSAL = "job.has_proposal"
    SAVED_SEARCH_NO_NAME = "saved_search.no_name"
    SAVED_SEARCH_TAKEN = "saved_search.taken"
    SAVED_SEARCH_GONE = "saved_search.gone"
    # --- 14c: services
    FOLDER_MISSING = "file.folder_missing"
    FILE_MISSING = "file.missing"
    # a file that is not text (desktop/io/textfile.py), a job file that cannot be imported
    TEXT_BINARY = "text.binary"
    TEXT_ENCODING = "text.encoding"
    TEXT_CONTROLS = "text.controls"
    TEXT_TOO_BIG = "text.too_big"
    JOBFILE_SPREADSHEET = "jobfile.spreadsheet"
    JOBFILE_PDF = "jobfile.pdf"
    JOBFILE_OLD_OFFICE = "jobfile.old_office"
    JOBFILE_EMPTY = "jobfile.empty"
    JOBFILE_BINARY = "jobfile.binary"
    JOBFILE_UNSUPPORTED = "jobfile.unsupported"
    RSS_DOCTYPE = "rss.doctype"
    RSS_NOT_XML = "rss.not_xml"
    RSS_NOT_A_FEED = "rss.not_a_feed"
    RSS_NO_ROOT = "rss.no_root"
    RSS_BROKEN = "rss.broken"
    RSS_ENCODING = "rss.encoding"
    CSV_UNREADABLE = "csv.unreadable"
    CSV_NOT_TEXT = "csv.not_text"
    JSON_TOO_BIG = "json.too_big"
    JSON_INVALID = "json.invalid"
    JSON_NOT_POSTINGS = "json.not_postings"
    JSON_NOT_A_LIST = "json.not_a_list"
    ARCHIVE_NOT_ZIP = "archive.not_zip"
    ARCHIVE_NO_DOCUMENT = "archive.no_document"
    ARCHIVE_DOCUMENT_TOO_LARGE = "archive.document_too_large"
    ARCHIVE_DOCUMENT_DAMAGED = "archive.document_damaged"
    ARCHIVE_NOT_UTF8 = "archive.not_utf8"
    ARCHIVE_BAD_JSON = "archive.bad_json"
    ARCHIVE_TOO_DEEP = "archive.too_deep"
    ARCHIVE_DUPLICATE_KEY = "archive.duplicate_key"
    ARCHIVE_MEMBER_TWICE = "archive.member_twice"
    ARCHIVE_ZIP_BOMB = "archive.zip_bomb"
    ARCHIVE_TOO_BIG = "archive.too_big"
    ARCHIVE_NO_SPACE = "archive.no_space"
    ARCHIVE_BAD_VALUE = "archive.bad_value"
    ARCHIVE_NOT_EXPORT = "archive.not_export"
    ARCHIVE_FORMAT_VERSION = "archive.format_version"
    ARCHIVE_NEWER_FORMAT = "archive.newer_format"
    ARCHIVE_SCHEMA = "archive.schema"
    ARCHIVE_TABLES_NOT_OBJECT = "archive.tables_not_object"
    ARCHIVE_UNKNOWN_TABLE = "archive.unknown_table"
    ARCHIVE_TABLE_SHAPE = "archive.table_shape"
    ARCHIVE_UNKNOWN_COLUMN = "archive.unknown_column"
    ARCHIVE_COLUMN_TWICE = "archive.column_twice"
    ARCHIVE_ROW_LENGTH = "archive.row_length"
    ARCHIVE_OBJECT_VALUE = "archive.object_value"
    ARCHIVE_UNSTORABLE = "archive.unstorable"
    ARCHIVE_BAD_BASE64 = "archive.bad_base64"
    ARCHIVE_FILES_NOT_LIST = "archive.files_not_list"
    ARCHIVE_FILE_ENTRY = "archive.file_entry"
    ARCHIVE_FILE_BAD_PATH = "archive.file_bad_path"
    ARCHIVE_FILE_TWICE = "archive.file_twice"
    ARCHIVE_FILE_SIZE_FIELD = "archive.file_size_field"
    ARCHIVE_FILE_MISSING = "archive.file_missing"
    ARCHIVE_FILE_SIZE = "archive.file_size"
    ARCHIVE_NOT_EMPTY = "archive.not_empty"
    ARCHIVE_FILE_DAMAGED = "archive.file_damaged"
    ARCHIVE_FILE_HASH = "archive.file_hash"
    ARCHIVE_ROW_REFUSED = "archive.row_refused"
    ARCHIVE_BROKEN_REFERENCE = "archive.broken_reference"
    BACKUP_OVER_DATABASE = "backup.over_database"
    BACKUP_FAILED_VERIFY = "backup.failed_verify"
    BACKUP_CANNOT_RESTORE = "backup.cannot_restore"
    BACKUP_NOT_GOOD = "backup.not_good"
    BACKUP_NONE_GOOD = "backup.none_good"
    BACKUP_NOT_RESTORED = "backup.not_restored"
    BACKUP_OFFER = "backup.offer"
    PASSPHRASE_TOO_SHORT = "security.passphrase_too_short"
    ALREADY_ENCRYPTED = "security.already_encrypted"
    NOT_ENCRYPTED = "security.not_encrypted"
    CONVERT_FAILED_VERIFY = "security.convert_failed_verify"
    SWAP_FAILED_VERIFY = "security.swap_failed_verify"
    # what checking a database file found (security.verify_file: backups, restore, re-keying)
    VERIFY_CANNOT_OPEN = "verify.cannot_open"
    VERIFY_UNREADABLE = "verify.unreadable"
    VERIFY_NOT_OURS = "verify.not_ours"
    VERIFY_INTEGRITY = "verify.integrity"
    VERIFY_FOREIGN_KEY = "verify.foreign_key"
    VERIFY_NEWER_SCHEMA = "verify.newer_schema"
    VERIFY_SEARCH_INDEX = "verify.search_index"
    VERIFY_ROW_COUNT = "verify.row_count"
    VERIFY_DAMAGED = "verify.damaged"
    KEYRING_NONE = "security.keyring_none"
    KEYRING_PLAINTEXT = "security.keyring_plaintext"
    KEYRING_REFUSED = "security.keyring_refused"
    DATABASE_WRONG_KEY = "security.wrong_key"
    DATABASE_HEADER_DAMAGED = "security.header_damaged"
    DATABASE_DAMAGED = "database.damaged"
    DATABASE_CHECK_FAILED = "database.check_failed"
    SCHEMA_TOO_NEW = "database.schema_too_new"
    LOCKED_PASSPHRASE = "security.locked_passphrase"
    LOCKED_KEYRING = "security.locked_keyring"
    WRONG_PASSPHRASE = "security.wrong_passphrase"
    BACKUP_FOREIGN_KEY = "security.backup_foreign_key"
    BACKUP_WRONG_PASSPHRASE = "security.backup_wrong_passphrase"
    BACKUP_KEY_UNAVAILABLE = "security.backup_key_unavailable"
    FILE_TRUNCATED = "files.truncated"
    FILE_NOT_ENCRYPTED = "files.not_encrypted"
    FILE_WRONG_KEY = "files.wrong_key"
    FILE_FOREIGN_KEY = "files.foreign_key"
    SECRET_NO_KEYRING = "secrets.no_keyring"
    SECRET_STORE_REFUSED = "secrets.store_refused"
    SECRET_READ_FAILED = "secrets.read_failed"
    SECRET_REMOVE_FAILED = "secrets.remove_failed"
    DATA_DIR_BUSY = "datalock.busy"
    DATA_REPLACING = "datalock.replacing"
    ARCHIVE_RULE_BROKEN = "archive.rule_broken"
    PROFILE_TOO_LONG = "profile.too_long"
    PROFILE_TOO_MANY = "profile.too_many"
    PROFILE_AVAILABILITY = "profile.availability"
    PROFILE_UNKNOWN_FIELD = "profile.unknown_field"
    PROFILE_RATE_FLOAT = "profile.rate_float"
    PROFILE_UNKNOWN_LIST = "profile.unknown_list"
    PROFILE_ENTRY_GONE = "profile.entry_gone"
    PROFILE_ENTRY_FIELDS = "profile.entry_fields"
    PROFILE_ENTRY_REQUIRED = "profile.entry_required"
    PROFILE_ENTRY_TOO_LONG = "profile.entry_too_long"
    PROFILE_EXPIRY_BEFORE_ISSUE = "profile.expiry_before_issue"
    PROFILE_END_BEFORE_START = "profile.end_before_start"
    PROFILE_NOT_YEAR = "profile.not_year"
    PROFILE_YEAR_IMPLAUSIBLE = "profile.year_implausible"
    PROFILE_END_YEAR_BEFORE_START = "profile.end_year_before_start"
    PROFILE_PROFICIENCY = "profile.proficiency"
    PROFILE_NOT_URL = "profile.not_url"
    PROFILE_NOT_DATE = "profile.not_date"
    FEED_BAD_URL = "feed.bad_url"
    FEED_ALREADY = "feed.already"
    FEED_GONE = "feed.gone"
    FEED_HTTP = "feed.http"
    FEED_NOT_FOUND = "feed.not_found"
    FEED_NO_HOST = "feed.no_host"
    FEED_TIMEOUT = "feed.timeout"
    FEED_REFUSED = "feed.refused"
    FEED_TLS = "feed.tls"
    FEED_UNREACHABLE = "feed.unreachable"
    FEED_TOO_BIG = "feed.too_big"
    FEED_NOT_A_FEED = "feed.not_a_feed"
    CLIENT_NO_NAME = "client.no_name"
    CONNECTS_NEGATIVE_COUNT = "connects.negative_count"
    CONNECTS_DELETE_BREAKS = "connects.delete_breaks"
    PROPOSAL_CANNOT_CHANGE = "proposal.cannot_change"
    PROPOSAL_BID_TYPE = "proposal.bid_type"
    PROPOSAL_FIXED_MODE = "proposal.fixed_mode"
    PROPOSAL_UNKNOWN_STATUS = "proposal.unknown_status"
    PROPOSAL_UNKNOWN_FILTER = "proposal.unknown_filter"
    PROPOSAL_GROUP_BY = "proposal.group_by"
    PAYMENT_EARNING_KIND = "payment.earning_kind"
    PAYMENT_EXPENSE_KIND = "payment.expense_kind"
    PAYMENT_CANNOT_CHANGE = "payment.cannot_change"
    PAYMENT_GONE = "payment.gone"
    PAYMENT_BACK_ALREADY = "payment.back_already"
    METHOD_UNKNOWN_KIND = "method.unknown_kind"
    METHOD_CANNOT_CHANGE = "method.cannot_change"
    INSIGHTS_NO_CLIENT = "insights.no_client"
    VALUE_NOT_WHOLE = "value.not_whole"
    VALUE_OUT_OF_RANGE = "value.out_of_range"
    VALUE_NOT_CENTS = "value.not_cents"
    VALUE_TOO_MUCH_MONEY = "value.too_much_money"
    VALUE_NOT_BOOLEAN = "value.not_boolean"
    VALUE_NOT_TIME = "value.not_time"
    VALUE_NOT_DATE = "value.not_date"
    VALUE_NOT_ISO_DATE = "value.not_iso_date"
    VALUE_NOT_JSON_TEXT = "value.not_json_text"
    VALUE_BAD_JSON = "value.bad_json"
    VALUE_NOT_TEXT = "value.not_text"
    VALUE_TEXT_TOO_LONG = "value.text_too_long"
    VALUE_NOT_NUMBER = "value.not_number"
    VALUE_IMPLAUSIBLE = "value.implausible"
    VALUE_NOT_ONE_OF = "value.not_one_of"
    # --- 18a: members
    MEMBER_NOT_FOUND = "member.not_found"
    MEMBER_EXISTS = "member.exists"
    MEMBER_BAD_EMAIL = "member.bad_email"
    MEMBER_BAD_ROLE = "member.bad_role"
    MEMBER_LOGIN_TAKEN = "member.login_taken"
    MEMBER_BAD_LOGIN = "member.bad_login"
    MEMBER_CANNOT_CREATE_LOGIN = "member.cannot_create_login"
    MEMBER_OWNERS_ONLY = "member.owners_only"
    MEMBER_MANAGERS_ONLY = "member.managers_only"
    MEMBER_LAST_OWNER = "member.last_owner"
    MEMBER_NOT_INVITED = "member.not_invited"
    PAY_BAD_RATE = "pay.bad_rate"
    PAY_SHARE_RANGE = "pay.share_range"
    PAY_ONE_BASIS = "pay.one_basis"
    PAY_NOT_SET = "pay.not_set"
    PAYOUT_NO_TRANSACTION = "payout.no_transaction"
    PAYOUT_NOT_EARNING = "payout.not_earning"
    PAYOUT_NO_CONTRACT = "payout.no_contract"
    PAYOUT_NO_MEMBER = "payout.no_member"
    PAYOUT_NO_MINUTES = "payout.no_minutes"
    PAYOUT_RECORDED = "payout.recorded"
    MEMBER_SERVER_REFUSED = "member.server_refused"
    MEMBER_REMOVED = "member.removed"
    MEMBER_CANNOT_DROP_LOGIN = "member.cannot_drop_login"
    MEMBER_REMOVE_SELF = "member.remove_self"
    MEMBER_HANDOVER_SELF = "member.handover_self"
    # --- 18b: concurrency
    EDIT_CONFLICT = "edit.conflict"
    EDIT_GONE = "edit.gone"
    WORKSPACE_OFFLINE = "workspace.offline"
    # --- 15d: faults
    ARCHIVE_TOO_COSTLY = "archive.too_costly"
    # statement imports (15d): a refused file, one message listing its problems
    STATEMENT_PROBLEM = "statement.problem"
    STATEMENT_PROBLEM_NO_COLUMN = "statement.problem_no_column"
    STATEMENT_FILE_PROBLEM = "statement.file_problem"
    STATEMENT_REFUSED_ONE = "statement.refused_one"
    STATEMENT_REFUSED = "statement.refused"
    STATEMENT_REFUSED_MORE = "statement.refused_more"
    # --- 14e: what a statement or Weekly Summary file holds that cannot be read (desktop/io)
    STATEMENT_XLSX = "statement.xlsx"
    STATEMENT_TOO_BIG = "statement.too_big"
    STATEMENT_NOT_TEXT = "statement.not_text"
    STATEMENT_CANNOT_READ = "statement.cannot_read"
    STATEMENT_CSV_UNREADABLE = "statement.csv_unreadable"
    STATEMENT_CSV_CELL_TOO_BIG = "statement.csv_cell_too_big"
    STATEMENT_CUT_SHORT = "statement.cut_short"
    STATEMENT_AT_LINE = "statement.at_line"
    STATEMENT_EMPTY = "statement.empty"
    STATEMENT_NOT_STATEMENT = "statement.not_statement"
    STATEMENT_NOT_WEEKLY = "statement.not_weekly"
    STATEMENT_NEITHER = "statement.neither"
    STATEMENT_FIELD_COUNT = "statement.field_count"
    STATEMENT_DATE_EMPTY = "statement.date_empty"
    STATEMENT_BAD_DATE = "statement.bad_date"
    STATEMENT_NOT_DATE = "statement.not_date"
    STATEMENT_REF_EMPTY = "statement.ref_empty"
    STATEMENT_REF_SCIENTIFIC = "statement.ref_scientific"
    STATEMENT_REF_TWICE = "statement.ref_twice"
    STATEMENT_AMOUNT_EMPTY = "statement.amount_empty"
    STATEMENT_DECIMALS = "statement.decimals"
    STATEMENT_CONTRACT_EMPTY = "statement.contract_empty"
    STATEMENT_HOURS_NOT_NUMBER = "statement.hours_not_number"
    STATEMENT_HOURS_NEGATIVE = "statement.hours_negative"
    STATEMENT_HOURS_MISSING = "statement.hours_missing"
    # what a statement import tells but does not refuse (warnings)
    STATEMENT_CP1252 = "statement.cp1252"
    STATEMENT_IGNORED_COLUMN = "statement.ignored_column"
    STATEMENT_UNKNOWN_TYPE = "statement.unknown_type"
    STATEMENT_UNKNOWN_PAYMENT_TYPE = "statement.unknown_payment_type"
    STATEMENT_OLDEST_FIRST = "statement.oldest_first"
    STATEMENT_OUT_OF_ORDER = "statement.out_of_order"
    STATEMENT_BALANCE_BREAK = "statement.balance_break"
    STATEMENT_HOURLY_MISMATCH = "statement.hourly_mismatch"
    STATEMENT_NOT_WHOLE_MINUTES = "statement.not_whole_minutes"
    STATEMENT_WEEKLY_OVERLAP = "statement.weekly_overlap"
    # a number or an amount a reader cannot take (desktop/io/numbers.py, limits.py, rules.money)
    NOT_AN_AMOUNT = "money.unreadable"
    NUMBER_AMBIGUOUS = "number.ambiguous"
    NUMBER_DECIMAL_COMMA = "number.decimal_comma"
    NUMBER_DECIMAL_POINT = "number.decimal_point"
    LIMIT_AMOUNT = "limit.amount"
    LIMIT_NOT_FINITE = "limit.not_finite"
    LIMIT_YEAR = "limit.year"
    LIMIT_COUNT = "limit.count"
    LIMIT_TEXT = "limit.text"
    LIMIT_AT_MOST = "limit.at_most"
    LIMIT_AT_LEAST = "limit.at_least"
    # a job file's column mapping (desktop/io/jobs/mapping.py), a JSON file nested too deeply
    MAPPING_UNKNOWN_FIELD = "mapping.unknown_field"
    MAPPING_NO_TITLE = "mapping.no_title"
    MAPPING_REFUSED = "mapping.refused"
    JSON_TOO_DEEP = "json.too_deep"
    # what checking the data finds (services/system.check, services/validation)
    DATA_CHECK_VALUE = "data_check.value"
    DATA_CHECK_INTEGRITY = "data_check.integrity"
    DATA_CHECK_SEARCH_INDEX = "data_check.search_index"
    DATA_NET_FEE_GROSS = "data.net_fee_gross"
    DATA_OWN_PARENT = "data.own_parent"
    # the fee and Connects rules' own refusals (models/rules/fees.py, connects.py)
    FEE_PRIOR_NEGATIVE = "fee.prior_negative"
    FEE_REFUND_OVER_BILLINGS = "fee.refund_over_billings"
    FEE_NET_NEGATIVE = "fee.net_negative"
    CONNECTS_COUNT_NEGATIVE = "connects.count_negative"
    CONNECTS_BOOST_NEGATIVE = "connects.boost_negative"
    CONNECTS_LEDGER_NEGATIVE = "connects.ledger_negative"
    # --- 20b: jobs
    JOB_BAD_ROWS = "job.bad_rows"
    JOB_BAD_ROWS_NO_FIELD = "job.bad_rows_no_field"
    JOB_UNKNOWN_STATUS = "job.unknown_status"
    JOB_QUERY_REFUSED = "job.query_refused"
    JOB_UNKNOWN_SORT = "job.unknown_sort"
    JOB_ROW_NO_TITLE = "job_row.no_title"
    JOB_ROW_NOTHING = "job_row.nothing"
    JOB_ROW_UNKNOWN_JOB_TYPE = "job_row.unknown_job_type"
    JOB_ROW_NOT_LEVEL = "job_row.not_level"
    JOB_ROW_NOT_DURATION = "job_row.not_duration"
    JOB_ROW_NOT_WORKLOAD = "job_row.not_workload"
    JOB_ROW_NOT_PROPOSALS = "job_row.not_proposals"
    JOB_ROW_RATE_ORDER = "job_row.rate_order"
    JOB_ROW_NEGATIVE = "job_row.negative"
    JOB_ROW_RATING = "job_row.rating"
    JOB_ROW_HIRE_RATE = "job_row.hire_rate"
    JOB_ROW_NO_ZONE = "job_row.no_zone"
    JOB_ROW_UNKNOWN_SOURCE = "job_row.unknown_source"
    JOB_ROW_AMOUNT_TOO_BIG = "job_row.amount_too_big"
    JOB_ROW_YEAR = "job_row.year"
    JOB_ROW_COUNT = "job_row.count"
    JOB_ROW_TOO_LONG = "job_row.too_long"
    JOB_ROW_TOO_MANY_SKILLS = "job_row.too_many_skills"
    JOB_ROW_NOT_AMOUNT = "job_row.not_amount"
    JOB_ROW_DECIMAL_COMMA = "job_row.decimal_comma"
    JOB_ROW_DECIMAL_POINT = "job_row.decimal_point"
    JOB_ROW_AMBIGUOUS = "job_row.ambiguous"
    JOB_ROW_TWO_AMOUNTS = "job_row.two_amounts"
    JOB_ROW_NOT_WHOLE = "job_row.not_whole"
    JOB_ROW_NOT_PERCENT = "job_row.not_percent"
    JOB_ROW_NOT_NUMBER = "job_row.not_number"
    JOB_ROW_NOT_YES_NO = "job_row.not_yes_no"
    JOB_ROW_NOT_DATETIME = "job_row.not_datetime"
    JOB_ROW_NOT_DATE = "job_row.not_date"
    JOB_ROW_BAD_URL = "job_row.bad_url"
    JOB_ROW_READ_AS = "job_row.read_as"
    JOB_ROW_EXTRA_CELLS = "job_row.extra_cells"
    JOB_ROW_CUT_SHORT = "job_row.cut_short"
    JOB_ROW_OPEN_QUOTE = "job_row.open_quote"
    JOB_ROW_NOT_JSON = "job_row.not_json"
    JOB_ROW_NOT_OBJECT = "job_row.not_object"
    JOB_ROW_TOO_DEEP = "job_row.too_deep"
    JOB_PASTE_EMPTY = "job_row.paste_empty"


TEMPLATES: dict[str, str] = {
    Code.TEXT: "{text}",
    Code.PROPOSAL_NOT_FOUND: QT_TRANSLATE_NOOP("ServiceError", "There is no proposal #{id}."),
    Code.PLAN_AMOUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "A planned withdrawal needs an amount above $0 and at most {most}."),
    Code.PLAN_PAST: QT_TRANSLATE_NOOP(
        "ServiceError", "{day} is in the past; plan a withdrawal for today or later."),
    Code.PLAN_METHOD_GONE: QT_TRANSLATE_NOOP(
        "ServiceError", "That withdrawal method no longer exists or was retired."),
    Code.PLAN_GONE: QT_TRANSLATE_NOOP("ServiceError", "That planned withdrawal no longer exists."),
    Code.JOB_NOT_FOUND: QT_TRANSLATE_NOOP("ServiceError", "There is no job #{id}."),
    Code.PROPOSAL_LETTER_SENT: QT_TRANSLATE_NOOP(
        "ServiceError", "This proposal was submitted; its letter is kept as sent."),
    Code.PROPOSAL_BID_SENT: QT_TRANSLATE_NOOP(
        "ServiceError", "This proposal was submitted; its bid is kept as sent."),
    Code.PROPOSAL_NOT_DRAFT: QT_TRANSLATE_NOOP(
        "ServiceError", "This proposal is {proposal_status}; only a draft can be edited."),
    Code.PROPOSAL_REVISION_FOREIGN: QT_TRANSLATE_NOOP(
        "ServiceError", "That revision does not belong to this proposal."),
    Code.PROPOSAL_NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "ServiceError", "{field}: “{value}” is not a number."),
    Code.PROPOSAL_NEGATIVE: QT_TRANSLATE_NOOP("ServiceError", "{field} cannot be negative."),
    Code.PROPOSAL_PERCENT_RANGE: QT_TRANSLATE_NOOP(
        "ServiceError", "{field} must be between 0 and 100."),
    Code.PROPOSAL_NET_MISSING: QT_TRANSLATE_NOOP(
        "ServiceError", "Enter the amount you want to receive."),
    Code.PROPOSAL_CANNOT_SUBMIT: QT_TRANSLATE_NOOP(
        "ServiceError", "Cannot submit yet: {problems}"),
    Code.PROPOSAL_TRANSITION: QT_TRANSLATE_NOOP(
        "ServiceError", "A proposal that is {proposal_status} cannot become {to_proposal_status}."),
    Code.PROPOSAL_UNDO_NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "ServiceError", "Moving to {to_proposal_status} is not undoable this way."),
    Code.PROPOSAL_UNDO_LATER_FIRST: QT_TRANSLATE_NOOP(
        "ServiceError", "This proposal is {proposal_status} now; undo the later change first."),
    Code.PROPOSAL_REFUND_SPENT: QT_TRANSLATE_NOOP(
        "ServiceError", "The refunded Connects were spent since; record the correction in "
        "the Connects ledger instead."),
    Code.PROPOSAL_BOOST_NOT_REFUNDABLE: QT_TRANSLATE_NOOP(
        "ServiceError", "A boost is only refunded when you were outbid before the client "
        "viewed or answered your proposal."),
    Code.PROPOSAL_NOT_ARCHIVED: QT_TRANSLATE_NOOP("ServiceError", "This proposal is not archived."),
    Code.CHECK_LETTER_EMPTY: QT_TRANSLATE_NOOP("ServiceError", "The cover letter is empty."),
    Code.CHECK_LETTER_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError", "The cover letter is {over} characters over the {max} limit."),
    Code.CHECK_UNFILLED: QT_TRANSLATE_NOOP("ServiceError", "Unfilled placeholders: {names}."),
    Code.CHECK_GENERIC_LETTER: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The letter barely mentions the job (none of its skills or title words, or just one) "
        "— clients skip generic letters."),
    Code.CHECK_NO_ANSWER: QT_TRANSLATE_NOOP("ServiceError", "No answer yet to “{question}”."),
    Code.CHECK_FEE_RANGE: QT_TRANSLATE_NOOP(
        "ServiceError", "Upwork's fee is between {low}% and {high}%; {rate}% cannot be right."),
    Code.CHECK_RATE_MISSING: QT_TRANSLATE_NOOP("ServiceError", "Enter your hourly rate."),
    Code.CHECK_RATE_MIN: QT_TRANSLATE_NOOP(
        "ServiceError", "The hourly rate must be at least {minimum}."),
    Code.CHECK_RATE_INCREASE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "A scheduled rate increase needs both how often and by how many percent."),
    Code.CHECK_NO_MILESTONES: QT_TRANSLATE_NOOP("ServiceError", "Add at least one milestone."),
    Code.CHECK_TOO_MANY_MILESTONES: QT_TRANSLATE_NOOP("ServiceError", "At most {max} milestones."),
    Code.CHECK_MILESTONE_DESCRIPTION: QT_TRANSLATE_NOOP(
        "ServiceError", "Milestone {number} needs a description."),
    Code.CHECK_MILESTONE_MIN: QT_TRANSLATE_NOOP(
        "ServiceError", "Milestone {number} must be at least {minimum}."),
    Code.CHECK_MILESTONES_SUM: QT_TRANSLATE_NOOP(
        "ServiceError", "The milestones add up to {summed}, not the total of {total}."),
    Code.CHECK_PRICE_MISSING: QT_TRANSLATE_NOOP("ServiceError", "Enter the fixed price."),
    Code.CHECK_PRICE_MIN: QT_TRANSLATE_NOOP(
        "ServiceError", "A fixed price must be at least {minimum}."),
    Code.WORKSPACE_BAD_URL: QT_TRANSLATE_NOOP(
        "ServiceError", "“{url}” is not a workspace address; use postgresql://user@host:port/db."),
    Code.WORKSPACE_NO_KEYRING: QT_TRANSLATE_NOOP(
        "ServiceError", "The workspace password cannot be kept safely: {detail}"),
    Code.WORKSPACE_UNREACHABLE: QT_TRANSLATE_NOOP(
        "ServiceError", "The workspace at {url} cannot be reached: {detail}"),
    Code.WORKSPACE_CONFLICT: QT_TRANSLATE_NOOP(
        "ServiceError", "The workspace already holds different {table} row #{id}; nothing was "
        "copied."),
    Code.CONTRACT_NOT_FOUND: QT_TRANSLATE_NOOP("ServiceError", "contract {id} does not exist"),
    Code.TIMER_FIXED_PRICE: QT_TRANSLATE_NOOP(
        "ServiceError", "“{title}” is fixed price; time is tracked on hourly contracts"),
    Code.TIMER_NOT_ACTIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "“{title}” is {contract_status}; time can only be logged on an active "
        "contract"),
    Code.TIMER_DIARY_CLOSED: QT_TRANSLATE_NOOP(
        "ServiceError", "the diary for the week of {week} closed {deadline} and can no longer "
        "be changed"),
    Code.TIMER_ALREADY_RUNNING: QT_TRANSLATE_NOOP(
        "ServiceError", "the timer is already running on “{title}”"),
    Code.TIMER_NOT_RUNNING: QT_TRANSLATE_NOOP("ServiceError", "the timer is not running"),
    Code.TIMER_TOO_SHORT: QT_TRANSLATE_NOOP(
        "ServiceError", "the duration must be at least one minute"),
    Code.TIMER_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError", "one entry can be at most {hours} hours"),
    Code.TIMER_NAIVE_TIME: QT_TRANSLATE_NOOP("ServiceError", "the start time needs a time zone"),
    Code.TIMER_NO_MANUAL: QT_TRANSLATE_NOOP(
        "ServiceError", "“{title}” does not allow manual time"),
    Code.TIMER_MANUAL_FUTURE: QT_TRANSLATE_NOOP(
        "ServiceError", "manual time cannot end in the future"),
    Code.TIMER_BEFORE_START: QT_TRANSLATE_NOOP("ServiceError", "the contract started on {day}"),
    Code.TIMER_ENTRY_GONE: QT_TRANSLATE_NOOP("ServiceError", "time entry {id} no longer exists"),
    Code.TIMER_STOP_TO_EDIT: QT_TRANSLATE_NOOP(
        "ServiceError", "stop the timer before editing its entry"),
    Code.TIMER_CROSSES_WEEK: QT_TRANSLATE_NOOP(
        "ServiceError", "an entry cannot cross Monday 00:00 UTC; add the rest as its own entry "
        "in the next week"),
    Code.TIMER_FUTURE: QT_TRANSLATE_NOOP("ServiceError", "time cannot end in the future"),
    Code.TIMER_STOP_TO_DELETE: QT_TRANSLATE_NOOP(
        "ServiceError", "stop the timer before deleting its entry"),
    Code.TIMER_RESTORE_RUNNING: QT_TRANSLATE_NOOP(
        "ServiceError", "a running timer cannot be restored"),
    Code.TIMER_IDLE_CHANGED: QT_TRANSLATE_NOOP(
        "ServiceError", "the timer was stopped, switched or changed since the idle time began"),
    Code.MILESTONE_NOT_FOUND: QT_TRANSLATE_NOOP("ServiceError", "milestone {id} does not exist"),
    Code.CONTRACT_PROPOSAL_NOT_FOUND: QT_TRANSLATE_NOOP(
        "ServiceError", "proposal {id} does not exist"),
    Code.CONTRACT_NO_TITLE: QT_TRANSLATE_NOOP("ServiceError", "a contract needs a title"),
    Code.CONTRACT_NO_RATE: QT_TRANSLATE_NOOP("ServiceError", "an hourly contract needs a rate"),
    Code.CONTRACT_WEEKLY_LIMIT: QT_TRANSLATE_NOOP(
        "ServiceError", "the weekly limit must be between 1 minute and {hours} hours"),
    Code.CONTRACT_INCREASE_NO_PERCENT: QT_TRANSLATE_NOOP(
        "ServiceError", "the rate increase needs a percent"),
    Code.CONTRACT_INCREASE_NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "the rate increase percent must be positive"),
    Code.CONTRACT_TRANSITION: QT_TRANSLATE_NOOP(
        "ServiceError", "“{title}” is {contract_status}; it cannot be {to_contract_status}"),
    Code.CONTRACT_END_REASON: QT_TRANSLATE_NOOP("ServiceError", "say why the contract ends"),
    Code.MILESTONE_FIXED_ONLY: QT_TRANSLATE_NOOP(
        "ServiceError", "milestones belong to fixed-price contracts"),
    Code.CONTRACT_CLOSED: QT_TRANSLATE_NOOP("ServiceError", "“{title}” is {contract_status}"),
    Code.MILESTONE_NO_AMOUNT: QT_TRANSLATE_NOOP("ServiceError", "a milestone needs an amount"),
    Code.MILESTONE_FUNDED_AMOUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "the amount of a funded milestone cannot change"),
    Code.MILESTONE_REMOVE_FUNDED: QT_TRANSLATE_NOOP(
        "ServiceError", "only a milestone that is not funded yet can be removed"),
    Code.MILESTONE_CONTRACT_CLOSED: QT_TRANSLATE_NOOP(
        "ServiceError", "the contract is {contract_status}"),
    Code.MILESTONE_RELEASE_RANGE: QT_TRANSLATE_NOOP(
        "ServiceError", "the release must be more than $0 and at most {amount}"),
    Code.BONUS_NO_AMOUNT: QT_TRANSLATE_NOOP("ServiceError", "a bonus needs an amount"),
    Code.BONUS_NOT_POSSIBLE: QT_TRANSLATE_NOOP(
        "ServiceError", "“{title}” is {contract_status}; no bonus possible"),
    Code.BONUS_TOO_LATE: QT_TRANSLATE_NOOP(
        "ServiceError", "bonuses are possible until {day} ({days} days after the contract "
        "ended)"),
    Code.REFUND_NO_AMOUNT: QT_TRANSLATE_NOOP("ServiceError", "a refund needs an amount"),
    Code.REFUND_NOTHING_PAID: QT_TRANSLATE_NOOP(
        "ServiceError", "nothing has been paid on this contract yet"),
    Code.REFUND_TOO_LATE: QT_TRANSLATE_NOOP(
        "ServiceError", "refunds were possible until {day} ({days} days after the latest "
        "payment)"),
    Code.REFUND_TOO_MUCH: QT_TRANSLATE_NOOP(
        "ServiceError", "at most {amount} can be refunded on this contract"),
    Code.FEEDBACK_STARS: QT_TRANSLATE_NOOP(
        "ServiceError", "{rating} must be 1–{top} stars, got {value}"),
    Code.FEEDBACK_SCORE: QT_TRANSLATE_NOOP(
        "ServiceError", "the overall score must be 1–{top}, got {value}"),
    Code.FEEDBACK_NOT_ENDED: QT_TRANSLATE_NOOP(
        "ServiceError", "feedback is left when a contract ends"),
    Code.FEEDBACK_WINDOW_CLOSED: QT_TRANSLATE_NOOP(
        "ServiceError", "the feedback window closed on {day}"),
    Code.PAYMENT_REFUND_POSITIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "a refund takes money back: give it a negative gross"),
    Code.PAYMENT_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "a {payment_kind} payment cannot be negative; record a refund instead"),
    Code.EXPENSE_NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "an expense amount must be more than zero"),
    Code.METHOD_NO_NAME: QT_TRANSLATE_NOOP(
        "ServiceError", "give the method a name, e.g. “Chase checking”"),
    Code.METHOD_FEE_PERCENT: QT_TRANSLATE_NOOP(
        "ServiceError", "the fee percent must be between 0 and 100"),
    Code.METHOD_ACTIVATION_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "activation days cannot be negative"),
    Code.WITHDRAWAL_NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "a withdrawal amount must be more than zero"),
    Code.METHOD_NOT_FOUND: QT_TRANSLATE_NOOP(
        "ServiceError", "withdrawal method {id} does not exist"),
    Code.WITHDRAWAL_HOLD: QT_TRANSLATE_NOOP(
        "ServiceError", "{name} was added on {added} and can be used from {usable} (a "
        "{days}-day security hold)"),
    Code.WITHDRAWAL_FEE_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "a withdrawal fee cannot be negative"),
    Code.WITHDRAWAL_OVER_BALANCE: QT_TRANSLATE_NOOP(
        "ServiceError", "{total} (with the {fee} fee) is more than the {available} available"),
    Code.CONNECTS_PRICE_NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "a Connect must cost more than nothing, got {amount}"),
    Code.CONNECTS_BUNDLES: QT_TRANSLATE_NOOP(
        "ServiceError", "Connects are sold in bundles of {sizes}; {count} cannot be bought "
        "(nearest: {nearest})"),
    Code.CONNECTS_ZERO_CORRECTION: QT_TRANSLATE_NOOP(
        "ServiceError", "a correction must add or remove at least one Connect"),
    Code.CONNECTS_NEGATIVE_BALANCE: QT_TRANSLATE_NOOP(
        "ServiceError", "a balance cannot be negative"),
    Code.CONNECTS_ROW_FROM_PROPOSAL: QT_TRANSLATE_NOOP(
        "ServiceError", "{connects_reason} rows follow from proposals and cannot be deleted "
        "here; change the proposal instead"),
    Code.MONEY_NOT_AMOUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "{amount_field}: “{value}” is not an amount of money"),
    Code.MONEY_MINIMUM: QT_TRANSLATE_NOOP(
        "ServiceError", "{amount_field} must be at least {minimum}, got {amount}"),
    Code.MILESTONE_N_MINIMUM: QT_TRANSLATE_NOOP(
        "ServiceError", "milestone {n} amount must be at least {minimum}, got {amount}"),
    Code.CONTRACT_NEW_STATUS: QT_TRANSLATE_NOOP(
        "ServiceError", "a new contract is an offer or active, not {value}"),
    Code.CONTRACT_TYPE: QT_TRANSLATE_NOOP(
        "ServiceError", "contract type must be hourly or fixed, not {value}"),
    Code.CONTRACT_FEE_NOT_PERCENT: QT_TRANSLATE_NOOP(
        "ServiceError", "service fee “{value}” is not a percent"),
    Code.FEE_RATE_RANGE: QT_TRANSLATE_NOOP(
        "ServiceError", "contract fee rate {rate}% is outside {low}–{high}%"),
    Code.CONTRACT_FEE_RANGE: QT_TRANSLATE_NOOP(
        "ServiceError", "service fee must be {low}–{high}% (Upwork's per-contract fee range), "
        "got {value}%"),
    Code.MILESTONE_STEP: QT_TRANSLATE_NOOP(
        "ServiceError", "milestone “{name}” is {milestone_state}; cannot {milestone_action}"),
    Code.FEEDBACK_DIRECTION: QT_TRANSLATE_NOOP(
        "ServiceError", "feedback is given or received, not {value}"),
    Code.FEEDBACK_NO_RATING: QT_TRANSLATE_NOOP("ServiceError", "rate at least one of {ratings}"),
    Code.PROFILE_NOT_FOUND: QT_TRANSLATE_NOOP("ServiceError", "no profile with id {id}"),
    Code.PROFILE_GENERAL_UNDELETABLE: QT_TRANSLATE_NOOP(
        "ServiceError", "The general profile cannot be deleted"),
    Code.PROFILE_NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError", "Name: at most {max} characters, got {n}"),
    Code.PROFILE_CURRENCY: QT_TRANSLATE_NOOP(
        "ServiceError", "Currency: a three-letter code like USD, got “{value}”"),
    Code.PROFILE_CATEGORY: QT_TRANSLATE_NOOP(
        "ServiceError", "Categories: unknown category “{name}”"),
    Code.PROFILE_RATE_NOT_MONEY: QT_TRANSLATE_NOOP(
        "ServiceError", "Hourly rate: not an amount of money: “{value}”"),
    Code.PROFILE_RATE_MINIMUM: QT_TRANSLATE_NOOP(
        "ServiceError", "Hourly rate: at least {minimum}/h, got {amount}"),
    Code.PROFILE_RATE_TYPO: QT_TRANSLATE_NOOP(
        "ServiceError", "Hourly rate: {amount}/h looks like a typo"),
    Code.PROFILE_PHOTO_NOT_IMAGE: QT_TRANSLATE_NOOP(
        "ServiceError", "Photo: {name} is not an image ({suffixes})"),
    Code.PROFILE_SKILL_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError", "Skills: {name}… is longer than {max} characters"),
    Code.PROFILE_LANGUAGE_LISTED: QT_TRANSLATE_NOOP(
        "ServiceError", "Language: {language} is already listed"),
    Code.PROFILE_GENERAL_ALL_ITEMS: QT_TRANSLATE_NOOP(
        "ServiceError", "The general profile shows every portfolio item"),
    Code.PROFILE_ITEMS_GONE: QT_TRANSLATE_NOOP(
        "ServiceError", "Portfolio: item(s) {ids} no longer exist"),
    Code.PROFILE_FILE_GONE: QT_TRANSLATE_NOOP(
        "ServiceError", "Portfolio file {id} no longer exists"),
    Code.PROFILE_LABEL_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError", "Profile name: at most {max} characters, got {n}"),
    Code.INTERACTION_KIND: QT_TRANSLATE_NOOP(
        "ServiceError", "unknown kind “{value}”: expected one of {choices}"),
    Code.INTERACTION_DIRECTION: QT_TRANSLATE_NOOP(
        "ServiceError", "direction must be “in” or “out”, got “{value}”"),
    Code.INTERACTION_NO_TEXT: QT_TRANSLATE_NOOP(
        "ServiceError", "a {interaction_kind} needs some text"),
    Code.INTERACTION_NO_OWNER: QT_TRANSLATE_NOOP(
        "ServiceError", "an entry belongs to a proposal or to a contract"),
    Code.TEMPLATE_KIND: QT_TRANSLATE_NOOP(
        "ServiceError", "unknown kind “{value}”: expected template or snippet"),
    Code.TEMPLATE_NO_NAME: QT_TRANSLATE_NOOP("ServiceError", "a {template_kind} needs a name"),
    Code.TEMPLATE_NAME_TAKEN: QT_TRANSLATE_NOOP(
        "ServiceError", "there is already a {template_kind} called “{name}”"),
    Code.JOB_NO_FILES: QT_TRANSLATE_NOOP("ServiceError", "no files to import"),
    Code.JOB_FIELD_NOT_EDITABLE: QT_TRANSLATE_NOOP("ServiceError", "{job_field} cannot be edited"),
    Code.JOB_FIELD_FLOAT: QT_TRANSLATE_NOOP(
        "ServiceError", "{job_field}: money and figures must not be float"),
    Code.JOB_NO_TITLE: QT_TRANSLATE_NOOP("ServiceError", "Title: a job needs a title"),
    Code.JOB_FIELD_UNKNOWN_VALUE: QT_TRANSLATE_NOOP(
        "ServiceError", "{job_field}: unknown value “{value}”"),
    Code.JOB_FIELD_NEGATIVE: QT_TRANSLATE_NOOP("ServiceError", "{job_field}: cannot be negative"),
    Code.JOB_FIELD_RANGE: QT_TRANSLATE_NOOP(
        "ServiceError", "{job_field}: {value} is out of range"),
    Code.JOB_FIELD_RATING: QT_TRANSLATE_NOOP(
        "ServiceError", "{job_field}: a rating is between 0 and 5"),
    Code.JOB_FIELD_NAIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "{job_field}: the time needs a time zone"),
    Code.JOB_RATE_ORDER: QT_TRANSLATE_NOOP(
        "ServiceError", "Hourly rate: the lower rate is above the upper one"),
    Code.JOB_DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "ServiceError", "this job is already in the library: “{title}” (#{id})"),
    Code.JOB_DUPLICATE_LINK: QT_TRANSLATE_NOOP(
        "ServiceError", "a job with this link is already in the library: “{title}”"),
    Code.JOB_HAS_PROPOSAL: QT_TRANSLATE_NOOP(
        "ServiceError", "a proposal answers this job; hide the job instead of deleting it"),
    Code.SAVED_SEARCH_NO_NAME: QT_TRANSLATE_NOOP("ServiceError", "a saved search needs a name"),
    Code.SAVED_SEARCH_TAKEN: QT_TRANSLATE_NOOP(
        "ServiceError", "there is already a saved search called “{name}”"),
    Code.SAVED_SEARCH_GONE: QT_TRANSLATE_NOOP(
        "ServiceError", "that saved search no longer exists"),
    # --- 14c: services
    Code.FOLDER_MISSING: QT_TRANSLATE_NOOP("ServiceError", "{folder}: no such folder"),
    Code.FILE_MISSING: QT_TRANSLATE_NOOP("ServiceError", "{path}: no such file"),
    Code.TEXT_BINARY: QT_TRANSLATE_NOOP("ServiceError", "{name}: a binary file, not text"),
    Code.TEXT_ENCODING: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: not text in UTF-8, UTF-16 or Windows-1252 (a binary or damaged file?)"),
    Code.TEXT_CONTROLS: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: a binary file, not text ({controls} control characters in the first {chars})"),
    Code.TEXT_TOO_BIG: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: {size} MB is more than the {max} MB this importer reads"),
    Code.JOBFILE_SPREADSHEET: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: this is an Excel/ZIP file: save the sheet as CSV first"),
    Code.JOBFILE_PDF: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: this is a PDF: copy the posting's text and paste it instead"),
    Code.JOBFILE_OLD_OFFICE: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: this is an old Excel/Word file: save it as CSV first"),
    Code.JOBFILE_EMPTY: QT_TRANSLATE_NOOP("ServiceError", "{name}: the file is empty"),
    Code.JOBFILE_BINARY: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: a binary file, not job postings"),
    Code.JOBFILE_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: unsupported file; import CSV, JSON, RSS/Atom XML or a .txt of pasted postings"),
    Code.RSS_DOCTYPE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: feeds with a DOCTYPE are refused (entity expansion could exhaust memory)"),
    Code.RSS_NOT_XML: QT_TRANSLATE_NOOP("ServiceError", "{name}: not well-formed XML ({detail})"),
    Code.RSS_NOT_A_FEED: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: not an RSS or Atom feed (root element <{root}>)"),
    Code.RSS_NO_ROOT: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: not well-formed XML (no root element)"),
    Code.RSS_BROKEN: QT_TRANSLATE_NOOP("ServiceError", "{name}: not well-formed XML"),
    Code.RSS_ENCODING: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: declares a text encoding that does not exist ({encoding})"),
    Code.CSV_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}, row {row}: cannot be read as CSV ({detail}; a quote that is never closed, or "
        "a cell over {mb} MB?)"),
    Code.CSV_NOT_TEXT: QT_TRANSLATE_NOOP("ServiceError", "{name}, row {row}: not text ({detail})"),
    Code.JSON_TOO_BIG: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: a {size} MB JSON array is more than the {max} MB read at once; export it as "
        "JSON Lines (one object per line), which is read as it streams"),
    Code.JSON_INVALID: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: not valid JSON (line {line}, column {column})"),
    Code.JSON_NOT_POSTINGS: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: not job postings ({detail})"),
    Code.JSON_NOT_A_LIST: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: expected a list of job objects"),
    Code.ARCHIVE_NOT_ZIP: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: not a Freelance Desk export (not a readable zip: {detail})"),
    Code.ARCHIVE_NO_DOCUMENT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: not a Freelance Desk export ({document} is missing)"),
    Code.ARCHIVE_DOCUMENT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {document} is implausibly large ({size} bytes)"),
    Code.ARCHIVE_DOCUMENT_DAMAGED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {document} is damaged ({detail})"),
    Code.ARCHIVE_NOT_UTF8: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {document} is not UTF-8 (byte {byte})"),
    Code.ARCHIVE_BAD_JSON: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {document} is not valid JSON (line {line}, column {column}: {detail})"),
    Code.ARCHIVE_TOO_DEEP: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {document} is nested too deeply"),
    Code.ARCHIVE_DUPLICATE_KEY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {document} names '{key}' twice in one object"),
    Code.ARCHIVE_MEMBER_TWICE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: the archive holds '{member}' twice"),
    Code.ARCHIVE_ZIP_BOMB: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {member} would inflate {size} bytes from {compressed} (more than "
        "{ratio}x: a zip bomb?); nothing was changed"),
    Code.ARCHIVE_TOO_BIG: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: the archive would inflate to {size} bytes, more than the {limit} GB "
        "this app imports"),
    Code.ARCHIVE_NO_SPACE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: the archive needs {size} bytes but the data folder's disk has {free} "
        "free; nothing was changed"),
    Code.ARCHIVE_BAD_VALUE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}, row {row}, field {column}: {problem}"),
    Code.ARCHIVE_NOT_EXPORT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: not a Freelance Desk export (field 'format')"),
    Code.ARCHIVE_FORMAT_VERSION: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: field 'format_version' must be a positive whole number"),
    Code.ARCHIVE_NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: written by a newer Freelance Desk (format {version}); this version "
        "reads format {supported}. Update the app."),
    Code.ARCHIVE_SCHEMA: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: field 'schema_version' is {value}; this version understands schema "
        "{latest} at most"),
    Code.ARCHIVE_TABLES_NOT_OBJECT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: field 'tables' must be an object"),
    Code.ARCHIVE_UNKNOWN_TABLE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table '{table}' does not exist in this version"),
    Code.ARCHIVE_TABLE_SHAPE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}: needs 'columns' and 'rows' lists"),
    Code.ARCHIVE_UNKNOWN_COLUMN: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}: unknown column {column}"),
    Code.ARCHIVE_COLUMN_TWICE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}: a column is listed twice"),
    Code.ARCHIVE_ROW_LENGTH: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}, row {row}: expected {count} values"),
    Code.ARCHIVE_OBJECT_VALUE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}, row {row}, field {column}: objects are not allowed here"),
    Code.ARCHIVE_UNSTORABLE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}, row {row}, field {column}: not a storable value"),
    Code.ARCHIVE_BAD_BASE64: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}, row {row}: bad base64"),
    Code.ARCHIVE_FILES_NOT_LIST: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: field 'files' must be a list"),
    Code.ARCHIVE_FILE_ENTRY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: files entry {number} must be an object"),
    Code.ARCHIVE_FILE_BAD_PATH: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: files entry {number}: bad path {path}"),
    Code.ARCHIVE_FILE_TWICE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: field 'files' lists a file twice"),
    Code.ARCHIVE_FILE_SIZE_FIELD: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: files entry {number}: field 'size' must be a whole number of bytes"),
    Code.ARCHIVE_FILE_MISSING: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {member} is listed but missing"),
    Code.ARCHIVE_FILE_SIZE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {member} is {size} bytes but the manifest says {expected}"),
    Code.ARCHIVE_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "Import all fills an empty data folder, and this one already holds records (in "
        "{tables}). Start Freelance Desk with a new --data-dir to import there; nothing "
        "was changed."),
    Code.ARCHIVE_FILE_DAMAGED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {member} is damaged ({detail})"),
    Code.ARCHIVE_FILE_HASH: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: {member} does not match its sha256"),
    Code.ARCHIVE_ROW_REFUSED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}, row {row}: {detail}"),
    Code.ARCHIVE_BROKEN_REFERENCE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: table {table}, row id {rowid}: refers to a missing {parent} ({count} "
        "broken references)"),
    Code.BACKUP_OVER_DATABASE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "A backup cannot overwrite the database itself."),
    Code.BACKUP_FAILED_VERIFY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The backup failed verification and was discarded: {problem}"),
    Code.BACKUP_CANNOT_RESTORE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name} cannot be restored: {reason}"),
    Code.BACKUP_NOT_GOOD: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name} is not a good backup, so nothing was changed: {problems}"),
    Code.BACKUP_NONE_GOOD: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{problem}\n\nNo good backup was found in {folder}. The damaged file was left "
        "as it is; `freelance-desk restore FILE` can restore one from elsewhere."),
    Code.BACKUP_NOT_RESTORED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{problem}\n\nNothing was restored; the file was left as it is."),
    Code.BACKUP_OFFER: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{problem}\n\nRestore the latest good backup, made {made}? Changes made after "
        "it are lost. The damaged file is kept in {folder}."),
    Code.PASSPHRASE_TOO_SHORT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "Choose a passphrase of at least {min} characters."),
    Code.ALREADY_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The database is already encrypted."),
    Code.NOT_ENCRYPTED: QT_TRANSLATE_NOOP("ServiceError", "The database is not encrypted."),
    Code.CONVERT_FAILED_VERIFY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The converted copy of {name} failed verification; nothing was changed. "
        "{problems}"),
    Code.SWAP_FAILED_VERIFY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name} failed verification after the swap and was put back as it was. "
        "{problems}"),
    Code.VERIFY_CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: cannot be opened ({detail})"),
    Code.VERIFY_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: cannot be read — damaged or a different key ({detail})"),
    Code.VERIFY_NOT_OURS: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: not a Freelance Desk database"),
    Code.VERIFY_INTEGRITY: QT_TRANSLATE_NOOP(
        "ServiceError", "the integrity check found damage: {detail}"),
    Code.VERIFY_FOREIGN_KEY: QT_TRANSLATE_NOOP(
        "ServiceError", "foreign key broken: {table} row {row} -> {parent}"),
    Code.VERIFY_NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "ServiceError", "written by a newer version of the app (schema {version})"),
    Code.VERIFY_SEARCH_INDEX: QT_TRANSLATE_NOOP(
        "ServiceError", "the job search index is damaged: {detail}"),
    Code.VERIFY_ROW_COUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "table {table}: {rows} rows, expected {expected}"),
    Code.VERIFY_DAMAGED: QT_TRANSLATE_NOOP("ServiceError", "{name}: damaged ({detail})"),
    Code.KEYRING_NONE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "No system keyring is available on this computer (on Linux this usually means "
        "no Secret Service such as GNOME Keyring or KWallet is running), so {secret} "
        "cannot be stored safely for you."),
    Code.KEYRING_PLAINTEXT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The only keyring found keeps secrets in a plain, unencrypted file ({keyring}), "
        "so {secret} cannot be stored safely for you."),
    Code.KEYRING_REFUSED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The system keyring ({keyring}) refused to store the key: {detail}"),
    Code.DATABASE_WRONG_KEY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{path} cannot be read with its key: the file is damaged, or it was encrypted "
        "with a different key."),
    Code.DATABASE_DAMAGED: QT_TRANSLATE_NOOP("ServiceError", "{path} is damaged: {detail}"),
    Code.DATABASE_CHECK_FAILED: QT_TRANSLATE_NOOP(
        "ServiceError", "{path} failed its integrity check: {detail}"),
    Code.SCHEMA_TOO_NEW: QT_TRANSLATE_NOOP(
        "ServiceError",
        "This data was written by a newer version of Freelance Desk (schema {found}); this "
        "version understands schema {known} at most. Install the newer version to open it. "
        "Nothing was changed."),
    Code.DATABASE_HEADER_DAMAGED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{path} is not a readable SQLite database (its header is damaged)."),
    Code.LOCKED_PASSPHRASE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The data in {folder} is encrypted with a passphrase. Type it to open the data "
        "(scripts can set {env})."),
    Code.LOCKED_KEYRING: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The data in {folder} is encrypted, and its key is not in this computer's "
        "keyring ({keyring}). Type the recovery key you wrote down (Settings ▸ Security "
        "shows it), or the passphrase if you chose one."),
    Code.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "That passphrase or recovery key does not open the data. Try again."),
    Code.BACKUP_FOREIGN_KEY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name} is encrypted with a key this computer does not have."),
    Code.BACKUP_WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "That passphrase or recovery key does not open it. Try again."),
    Code.BACKUP_KEY_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name} is encrypted with a key this computer does not have (or it is damaged). "
        "Unlock with the passphrase or recovery key it was made with."),
    Code.FILE_TRUNCATED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: the encrypted file is truncated"),
    Code.FILE_NOT_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: not an encrypted Freelance Desk file"),
    Code.FILE_WRONG_KEY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: damaged, or encrypted with another key"),
    Code.FILE_FOREIGN_KEY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{name}: encrypted with a key this computer does not have"),
    Code.SECRET_NO_KEYRING: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{problem} Install or unlock a system keyring (GNOME Keyring, KWallet, macOS "
        "Keychain, Windows Credential Manager), or leave the account number empty; "
        "nothing was changed"),
    Code.SECRET_STORE_REFUSED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "the system keyring refused to store the payout details ({detail}); unlock the "
        "keyring or install a keyring backend, then try again"),
    Code.SECRET_READ_FAILED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "cannot read the system keyring: {detail}"),
    Code.SECRET_REMOVE_FAILED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "cannot remove the details from the keyring: {detail}"),
    Code.DATA_DIR_BUSY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "Another Freelance Desk window or command is using {folder}. Close it and try "
        "again; nothing was changed."),
    Code.DATA_REPLACING: QT_TRANSLATE_NOOP(
        "ServiceError",
        "The data is being restored, encrypted or decrypted; it is reopened as soon as that "
        "is done."),
    Code.ARCHIVE_RULE_BROKEN: QT_TRANSLATE_NOOP("ServiceError", "{name}: {problem}"),
    Code.PROFILE_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{profile_field}: at most {max} characters allowed, got {n}"),
    Code.PROFILE_TOO_MANY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{profile_field}: at most {max} allowed, got {n}"),
    Code.PROFILE_AVAILABILITY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "Availability: one of {choices}, got “{value}”"),
    Code.PROFILE_UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "ServiceError",
        "unknown profile field “{value}”"),
    Code.PROFILE_RATE_FLOAT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "Hourly rate: money must not be float"),
    Code.PROFILE_UNKNOWN_LIST: QT_TRANSLATE_NOOP(
        "ServiceError",
        "unknown list “{value}”; known: {choices}"),
    Code.PROFILE_ENTRY_GONE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind} {id} no longer exists"),
    Code.PROFILE_ENTRY_FIELDS: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: unknown field(s) {fields}"),
    Code.PROFILE_ENTRY_REQUIRED: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: {list_field} is required"),
    Code.PROFILE_ENTRY_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind} {list_field}: at most {max} characters allowed, got {n}"),
    Code.PROFILE_EXPIRY_BEFORE_ISSUE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: expiry date is before the issue date"),
    Code.PROFILE_END_BEFORE_START: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: end date is before the start date"),
    Code.PROFILE_NOT_YEAR: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: {list_field} must be a year, got “{value}”"),
    Code.PROFILE_YEAR_IMPLAUSIBLE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: {list_field} {year} is not a plausible year"),
    Code.PROFILE_END_YEAR_BEFORE_START: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: end year is before the start year"),
    Code.PROFILE_PROFICIENCY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: proficiency must be one of {choices}"),
    Code.PROFILE_NOT_URL: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{profile_field}: not a web address: “{value}”"),
    Code.PROFILE_NOT_DATE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{list_kind}: {list_field} must be a date (YYYY-MM-DD), got “{value}”"),
    Code.FEED_BAD_URL: QT_TRANSLATE_NOOP(
        "ServiceError",
        "“{url}”: a feed address starts with https:// or http://"),
    Code.FEED_ALREADY: QT_TRANSLATE_NOOP("ServiceError", "you already follow this feed"),
    Code.FEED_GONE: QT_TRANSLATE_NOOP("ServiceError", "that feed is no longer followed"),
    Code.FEED_HTTP: QT_TRANSLATE_NOOP("ServiceError", "{host} answered {status} {reason}"),
    Code.FEED_NOT_FOUND: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{host} answered {status} {reason} — check the address"),
    Code.FEED_NO_HOST: QT_TRANSLATE_NOOP(
        "ServiceError",
        "cannot find {host}: you seem to be offline (or the address is wrong)"),
    Code.FEED_TIMEOUT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{host} did not answer within {seconds} s"),
    Code.FEED_REFUSED: QT_TRANSLATE_NOOP("ServiceError", "{host} refused the connection"),
    Code.FEED_TLS: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{host}: secure connection failed ({detail})"),
    Code.FEED_UNREACHABLE: QT_TRANSLATE_NOOP("ServiceError", "cannot reach {host}: {detail}"),
    Code.FEED_TOO_BIG: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{host} sent more than {megabytes} MB; not a job feed"),
    Code.FEED_NOT_A_FEED: QT_TRANSLATE_NOOP("ServiceError", "not a job feed: {detail}"),
    Code.CLIENT_NO_NAME: QT_TRANSLATE_NOOP("ServiceError", "a client needs a name"),
    Code.CONNECTS_NEGATIVE_COUNT: QT_TRANSLATE_NOOP(
        "ServiceError",
        "Connects count must not be negative, got {count}"),
    Code.CONNECTS_DELETE_BREAKS: QT_TRANSLATE_NOOP(
        "ServiceError",
        "Deleting this row would leave spends without Connects: {reason}"),
    Code.PROPOSAL_CANNOT_CHANGE: QT_TRANSLATE_NOOP("ServiceError", "cannot change {fields}"),
    Code.PROPOSAL_BID_TYPE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "bid type must be hourly or fixed, got '{value}'"),
    Code.PROPOSAL_FIXED_MODE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "fixed price is by project or by milestones, got '{value}'"),
    Code.PROPOSAL_UNKNOWN_STATUS: QT_TRANSLATE_NOOP("ServiceError", "unknown status '{value}'"),
    Code.PROPOSAL_UNKNOWN_FILTER: QT_TRANSLATE_NOOP("ServiceError", "unknown filter '{value}'"),
    Code.PROPOSAL_GROUP_BY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "figures are grouped by profile or template, not '{value}'"),
    Code.PAYMENT_EARNING_KIND: QT_TRANSLATE_NOOP(
        "ServiceError",
        "unknown earning kind '{value}'; expected one of {choices}"),
    Code.PAYMENT_EXPENSE_KIND: QT_TRANSLATE_NOOP(
        "ServiceError",
        "unknown expense kind '{value}'; expected one of {choices}"),
    Code.PAYMENT_CANNOT_CHANGE: QT_TRANSLATE_NOOP("ServiceError", "cannot change {fields} here"),
    Code.PAYMENT_GONE: QT_TRANSLATE_NOOP(
        "ServiceError", "transaction {id} is no longer in the ledger (deleted meanwhile)"),
    Code.PAYMENT_BACK_ALREADY: QT_TRANSLATE_NOOP(
        "ServiceError", "transaction {id} is in the ledger again (put back or imported again "
        "meanwhile): nothing was restored"),
    Code.METHOD_UNKNOWN_KIND: QT_TRANSLATE_NOOP(
        "ServiceError",
        "unknown withdrawal method kind '{value}'"),
    Code.METHOD_CANNOT_CHANGE: QT_TRANSLATE_NOOP("ServiceError", "cannot change {fields}"),
    Code.INSIGHTS_NO_CLIENT: QT_TRANSLATE_NOOP("ServiceError", "no client called '{name}'"),
    Code.VALUE_NOT_WHOLE: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a whole number"),
    Code.VALUE_OUT_OF_RANGE: QT_TRANSLATE_NOOP("ServiceError", "{value} is out of range"),
    Code.VALUE_NOT_CENTS: QT_TRANSLATE_NOOP("ServiceError", "{value} is not an amount in cents"),
    Code.VALUE_TOO_MUCH_MONEY: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{value} cents is beyond the largest amount this app stores ({most})"),
    Code.VALUE_NOT_BOOLEAN: QT_TRANSLATE_NOOP("ServiceError", "{value} is not true/false"),
    Code.VALUE_NOT_TIME: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a time"),
    Code.VALUE_NOT_DATE: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a date"),
    Code.VALUE_NOT_ISO_DATE: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{value} is not a date (YYYY-MM-DD)"),
    Code.VALUE_NOT_JSON_TEXT: QT_TRANSLATE_NOOP("ServiceError", "{value} is not JSON text"),
    Code.VALUE_BAD_JSON: QT_TRANSLATE_NOOP("ServiceError", "{value} is not valid JSON"),
    Code.VALUE_NOT_TEXT: QT_TRANSLATE_NOOP("ServiceError", "{value} is not text"),
    Code.VALUE_TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError",
        "{n} characters is longer than this app stores"),
    Code.VALUE_NOT_NUMBER: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a number"),
    Code.VALUE_IMPLAUSIBLE: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a plausible number"),
    Code.VALUE_NOT_ONE_OF: QT_TRANSLATE_NOOP("ServiceError", "{value} is not one of {choices}"),
    # --- 18a: members
    Code.MEMBER_NOT_FOUND: QT_TRANSLATE_NOOP(
        "ServiceError", "{email} is not a member of this workspace"),
    Code.MEMBER_EXISTS: QT_TRANSLATE_NOOP(
        "ServiceError", "{email} is already a member of this workspace"),
    Code.MEMBER_BAD_EMAIL: QT_TRANSLATE_NOOP(
        "ServiceError", "“{email}” is not an e-mail address"),
    Code.MEMBER_BAD_ROLE: QT_TRANSLATE_NOOP(
        "ServiceError", "unknown role “{value}”: expected owner, manager or member"),
    Code.MEMBER_LOGIN_TAKEN: QT_TRANSLATE_NOOP(
        "ServiceError", "the server already has a login called “{login}”; choose another name "
                        "for it. Nothing was changed."),
    Code.MEMBER_BAD_LOGIN: QT_TRANSLATE_NOOP(
        "ServiceError", "“{login}” cannot be a login name: use lowercase letters, digits and _ "
                        "(at most 63, starting with a letter)"),
    Code.MEMBER_CANNOT_CREATE_LOGIN: QT_TRANSLATE_NOOP(
        "ServiceError", "your server login may not create logins for members (it needs the "
                        "CREATEROLE right). Nothing was changed."),
    Code.MEMBER_OWNERS_ONLY: QT_TRANSLATE_NOOP(
        "ServiceError", "only the workspace's owners may do this. Nothing was changed."),
    Code.MEMBER_MANAGERS_ONLY: QT_TRANSLATE_NOOP(
        "ServiceError", "only the workspace's owners and managers may do this. "
                        "Nothing was changed."),
    Code.MEMBER_LAST_OWNER: QT_TRANSLATE_NOOP(
        "ServiceError", "{email} is the workspace's last owner; make someone else an owner "
                        "first"),
    Code.MEMBER_NOT_INVITED: QT_TRANSLATE_NOOP(
        "ServiceError", "the login “{login}” is not a member of this workspace"),
    Code.PAY_BAD_RATE: QT_TRANSLATE_NOOP(
        "ServiceError", "an hourly pay must be more than zero, got {value}"),
    Code.PAY_SHARE_RANGE: QT_TRANSLATE_NOOP(
        "ServiceError", "a share is a percentage above 0 and at most 100, got {value}"),
    Code.PAY_ONE_BASIS: QT_TRANSLATE_NOOP(
        "ServiceError", "give a member's pay as an hourly rate or as a share of the agency's "
                        "net, one of the two"),
    Code.PAY_NOT_SET: QT_TRANSLATE_NOOP("ServiceError", "no pay is set for {email} yet"),
    Code.PAYOUT_NO_TRANSACTION: QT_TRANSLATE_NOOP(
        "ServiceError", "there is no payment #{id}"),
    Code.PAYOUT_NOT_EARNING: QT_TRANSLATE_NOOP(
        "ServiceError", "payment #{id} is not money a client paid (it is a {payment_kind})"),
    Code.PAYOUT_NO_CONTRACT: QT_TRANSLATE_NOOP(
        "ServiceError", "payment #{id} belongs to no contract, so no member earned it"),
    Code.PAYOUT_NO_MEMBER: QT_TRANSLATE_NOOP(
        "ServiceError", "the contract of payment #{id} is not assigned to a member"),
    Code.PAYOUT_NO_MINUTES: QT_TRANSLATE_NOOP(
        "ServiceError", "payment #{id} records no hours; give the minutes worked to pay {email} "
                        "by the hour"),
    Code.PAYOUT_RECORDED: QT_TRANSLATE_NOOP(
        "ServiceError", "the pay for payment #{id} is already recorded ({amount} to {email})"),
    Code.MEMBER_SERVER_REFUSED: QT_TRANSLATE_NOOP(
        "ServiceError", "your role in this workspace does not allow this (the server said: "
                        "{detail})"),
    Code.MEMBER_REMOVED: QT_TRANSLATE_NOOP(
        "ServiceError", "{email} was removed from this workspace on {date}"),
    Code.MEMBER_CANNOT_DROP_LOGIN: QT_TRANSLATE_NOOP(
        "ServiceError", "your server login may not drop the login “{login}” (it needs the "
                        "CREATEROLE right, and the workspace's tables). Nothing was changed."),
    Code.MEMBER_REMOVE_SELF: QT_TRANSLATE_NOOP(
        "ServiceError", "you cannot remove yourself ({email}); another owner can. "
                        "Nothing was changed."),
    Code.MEMBER_HANDOVER_SELF: QT_TRANSLATE_NOOP(
        "ServiceError", "{email}'s work cannot be handed to {email}: name another member"),
    # --- 18b: concurrency
    Code.EDIT_CONFLICT: QT_TRANSLATE_NOOP(
        "ServiceError", "Someone else saved this {record} (#{id}) after you opened it, so your "
                        "change was not saved; it is kept for you to merge."),
    Code.EDIT_GONE: QT_TRANSLATE_NOOP(
        "ServiceError", "This {record} (#{id}) was deleted by someone else; your change was "
                        "not saved."),
    Code.WORKSPACE_OFFLINE: QT_TRANSLATE_NOOP(
        "ServiceError", "The workspace server cannot be reached right now, so nothing was "
                        "changed there. Try again when it is back."),
    # --- 15d: faults
    Code.ARCHIVE_TOO_COSTLY: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: reading {document} would take about {megabytes} MB of memory "
                        "for {compressed} compressed bytes (a zip bomb?); nothing was changed"),
    Code.STATEMENT_PROBLEM: QT_TRANSLATE_NOOP(
        "ServiceError", "{file}, line {line}, {column}: {reason}"),
    Code.STATEMENT_PROBLEM_NO_COLUMN: QT_TRANSLATE_NOOP(
        "ServiceError", "{file}, line {line}: {reason}"),
    Code.STATEMENT_FILE_PROBLEM: QT_TRANSLATE_NOOP("ServiceError", "{file}: {reason}"),
    Code.STATEMENT_REFUSED_ONE: QT_TRANSLATE_NOOP(
        "ServiceError", "{problem} (nothing was imported)"),
    Code.STATEMENT_REFUSED: QT_TRANSLATE_NOOP(
        "ServiceError", "Nothing was imported: {count} problems: {problems}"),
    Code.STATEMENT_REFUSED_MORE: QT_TRANSLATE_NOOP(
        "ServiceError", "Nothing was imported: {count} problems: {problems}; and {more} more"),
    # --- 14e: statement files (desktop/io/statements.py, weekly_summary.py), numbers, limits
    Code.STATEMENT_XLSX: QT_TRANSLATE_NOOP(
        "ServiceError", "this is a spreadsheet workbook (.xlsx), not CSV; download the CSV from "
        "Upwork or save the sheet as CSV"),
    Code.STATEMENT_TOO_BIG: QT_TRANSLATE_NOOP(
        "ServiceError", "{megabytes} MB is far bigger than an Upwork statement (this importer "
        "reads up to {limit} MB)"),
    Code.STATEMENT_NOT_TEXT: QT_TRANSLATE_NOOP(
        "ServiceError", "not a text file in UTF-8, UTF-16 or Windows-1252 (a binary or damaged "
        "file?)"),
    Code.STATEMENT_CANNOT_READ: QT_TRANSLATE_NOOP(
        "ServiceError", "cannot read the file: {detail}"),
    Code.STATEMENT_CSV_UNREADABLE: QT_TRANSLATE_NOOP(
        "ServiceError", "cannot be read as CSV (a quote that is never closed?)"),
    Code.STATEMENT_CSV_CELL_TOO_BIG: QT_TRANSLATE_NOOP(
        "ServiceError", "cannot be read as CSV: a cell is longer than {limit} characters "
        "(a quote that is never closed?)"),
    Code.STATEMENT_CUT_SHORT: QT_TRANSLATE_NOOP(
        "ServiceError", "the last row is cut short: a quoted field is never closed (was the file "
        "truncated?)"),
    Code.STATEMENT_AT_LINE: QT_TRANSLATE_NOOP(
        "ServiceError", "line {line}: {reason}"),
    Code.STATEMENT_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceError", "the file is empty; expected an Upwork transaction statement with the "
        "header {header}"),
    Code.STATEMENT_NOT_STATEMENT: QT_TRANSLATE_NOOP(
        "ServiceError", "not an Upwork transaction statement: found columns {found} on line "
        "{line}; expected the legacy header ({legacy}) or the newer one ({newer})"),
    Code.STATEMENT_NOT_WEEKLY: QT_TRANSLATE_NOOP(
        "ServiceError", "not an Upwork Weekly Summary export: found columns {found}; expected "
        "{expected}"),
    Code.STATEMENT_NEITHER: QT_TRANSLATE_NOOP(
        "ServiceError", "neither an Upwork transaction statement nor a Weekly Summary export: "
        "found columns {found}; expected a statement header (starting {legacy} or {newer}) or "
        "{expected}"),
    Code.STATEMENT_FIELD_COUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "has {cells} fields but the header has {columns} (a stray comma or "
        "quote?)"),
    Code.STATEMENT_DATE_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceError", "the date is empty"),
    Code.STATEMENT_BAD_DATE: QT_TRANSLATE_NOOP(
        "ServiceError", "not a valid date: {value} (no such day or month)"),
    Code.STATEMENT_NOT_DATE: QT_TRANSLATE_NOOP(
        "ServiceError", "not a date: {value} (expected e.g. {examples})"),
    Code.STATEMENT_REF_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceError", "the transaction id is empty; it is what keeps a re-import from adding "
        "the row twice"),
    Code.STATEMENT_REF_SCIENTIFIC: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} was turned into scientific notation by a spreadsheet and the "
        "real id is lost; download the statement again from Upwork"),
    Code.STATEMENT_REF_TWICE: QT_TRANSLATE_NOOP(
        "ServiceError", "{ref} appears twice (first on line {first}); a statement lists each "
        "transaction once"),
    Code.STATEMENT_AMOUNT_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceError", "the amount is empty"),
    Code.STATEMENT_DECIMALS: QT_TRANSLATE_NOOP(
        "ServiceError", "has more than two decimal places: {value}"),
    Code.STATEMENT_CONTRACT_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceError", "the contract is empty"),
    Code.STATEMENT_HOURS_NOT_NUMBER: QT_TRANSLATE_NOOP(
        "ServiceError", "not a number of hours: {value}"),
    Code.STATEMENT_HOURS_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "negative hours: {value}"),
    Code.STATEMENT_HOURS_MISSING: QT_TRANSLATE_NOOP(
        "ServiceError", "an hourly row needs its hours"),
    Code.STATEMENT_CP1252: QT_TRANSLATE_NOOP(
        "ServiceError", "file is not UTF-8; read it as Windows-1252 (a spreadsheet re-save?)"),
    Code.STATEMENT_IGNORED_COLUMN: QT_TRANSLATE_NOOP(
        "ServiceError", "ignored column {column}"),
    Code.STATEMENT_UNKNOWN_TYPE: QT_TRANSLATE_NOOP(
        "ServiceError", "unknown transaction type {value}; recorded as miscellaneous"),
    Code.STATEMENT_UNKNOWN_PAYMENT_TYPE: QT_TRANSLATE_NOOP(
        "ServiceError", "unknown payment type {value}; recorded as miscellaneous"),
    Code.STATEMENT_OLDEST_FIRST: QT_TRANSLATE_NOOP(
        "ServiceError", "rows are oldest first; read them in reverse (Upwork lists the newest "
        "first)"),
    Code.STATEMENT_OUT_OF_ORDER: QT_TRANSLATE_NOOP(
        "ServiceError", "dated {date}, newer than line {above_line} above it ({above_date}); "
        "Upwork lists the newest first"),
    Code.STATEMENT_BALANCE_BREAK: QT_TRANSLATE_NOOP(
        "ServiceError", "balance {found} does not follow from line {older_line}: expected "
        "{expected} (a missing or edited row between them?)"),
    Code.STATEMENT_HOURLY_MISMATCH: QT_TRANSLATE_NOOP(
        "ServiceError", "{hours} hrs at {rate}/hr is {billed}, but the amount is {amount}"),
    Code.STATEMENT_NOT_WHOLE_MINUTES: QT_TRANSLATE_NOOP(
        "ServiceError", "{hours} hours is not a whole number of minutes; counted as "
        "{minutes} minutes"),
    Code.STATEMENT_WEEKLY_OVERLAP: QT_TRANSLATE_NOOP(
        "ServiceError", "the ledger already has {count} earning(s) from transaction "
        "statements in this period; a Weekly Summary covers the same work, so importing both "
        "counts it twice"),
    Code.NOT_AN_AMOUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "not an amount of money: {value}"),
    Code.NUMBER_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is ambiguous: three decimal places, or a thousands separator "
        "({group} is this file's)?"),
    Code.NUMBER_DECIMAL_COMMA: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is written with a decimal comma; this file uses a decimal point "
        "(write 1234.56, or save the CSV with semicolons so the comma convention is known)"),
    Code.NUMBER_DECIMAL_POINT: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is written with a decimal point, but this file uses decimal "
        "commas"),
    Code.LIMIT_AMOUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is beyond the largest amount this app stores ({limit})"),
    Code.LIMIT_NOT_FINITE: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is not an amount of money"),
    Code.LIMIT_YEAR: QT_TRANSLATE_NOOP(
        "ServiceError", "the year {year} is not plausible ({low}–{high})"),
    Code.LIMIT_COUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is not a plausible count"),
    Code.LIMIT_TEXT: QT_TRANSLATE_NOOP(
        "ServiceError", "{chars} characters is longer than the {limit} this app stores"),
    Code.LIMIT_AT_MOST: QT_TRANSLATE_NOOP(
        "ServiceError", "{limit_key}: at most {most} allowed, got {value}"),
    Code.LIMIT_AT_LEAST: QT_TRANSLATE_NOOP(
        "ServiceError", "{limit_key}: at least {least} required, got {value}"),
    Code.MAPPING_UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "ServiceError", "no such job field to read a column as: {fields}"),
    Code.MAPPING_NO_TITLE: QT_TRANSLATE_NOOP(
        "ServiceError", "no column is mapped to the job title or description"),
    Code.MAPPING_REFUSED: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: {reason}; choose the columns to import"),
    Code.DATA_CHECK_VALUE: QT_TRANSLATE_NOOP(
        "ServiceError", "table {table}, row id {row}, field {column}: {problem}"),
    Code.DATA_CHECK_INTEGRITY: QT_TRANSLATE_NOOP(
        "ServiceError", "the database's own check found: {detail}"),
    Code.DATA_CHECK_SEARCH_INDEX: QT_TRANSLATE_NOOP(
        "ServiceError", "the job search index does not match the jobs: {detail}"),
    Code.DATA_NET_FEE_GROSS: QT_TRANSLATE_NOOP(
        "ServiceError", "net + fee must equal gross ({net} + {fee} is not {gross} cents)"),
    Code.DATA_OWN_PARENT: QT_TRANSLATE_NOOP("ServiceError", "a row cannot be its own parent"),
    Code.FEE_PRIOR_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "lifetime billings cannot be negative, got {amount}"),
    Code.FEE_REFUND_OVER_BILLINGS: QT_TRANSLATE_NOOP(
        "ServiceError", "refund of {refund} exceeds lifetime billings of {billings} with this "
        "client"),
    Code.FEE_NET_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "net must not be negative, got {amount}"),
    Code.CONNECTS_COUNT_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "Connects count must not be negative, got {count}"),
    Code.CONNECTS_BOOST_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "boost bid must not be negative, got {count}"),
    Code.CONNECTS_LEDGER_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceError", "ledger entry on {date}: count must not be negative"),
    Code.JSON_TOO_DEEP: QT_TRANSLATE_NOOP(
        "ServiceError", "{name}: nested too deeply to be job postings"),
    # --- 20b: jobs
    Code.JOB_BAD_ROWS: QT_TRANSLATE_NOOP(
        "ServiceError", "{file}, row {row}, {job_field}: {reason} (rows that cannot be read: "
        "{count}, good rows: {good}; nothing was imported)"),
    Code.JOB_BAD_ROWS_NO_FIELD: QT_TRANSLATE_NOOP(
        "ServiceError", "{file}, row {row}: {reason} (rows that cannot be read: {count}, good "
        "rows: {good}; nothing was imported)"),
    Code.JOB_UNKNOWN_STATUS: QT_TRANSLATE_NOOP("ServiceError", "unknown job status “{value}”"),
    Code.JOB_QUERY_REFUSED: QT_TRANSLATE_NOOP(
        "ServiceError", "cannot search for “{query}”: try fewer symbols"),
    Code.JOB_UNKNOWN_SORT: QT_TRANSLATE_NOOP(
        "ServiceError", "unknown sort “{value}”; use one of {choices}"),
    Code.JOB_ROW_NO_TITLE: QT_TRANSLATE_NOOP("ServiceError", "the posting has no title"),
    Code.JOB_ROW_NOTHING: QT_TRANSLATE_NOOP(
        "ServiceError", "no title and no description: nothing to import"),
    Code.JOB_ROW_UNKNOWN_JOB_TYPE: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is neither hourly nor fixed price"),
    Code.JOB_ROW_NOT_LEVEL: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is not an experience level (entry, intermediate, expert)"),
    Code.JOB_ROW_NOT_DURATION: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is not a project length (e.g. “Less than 1 month”, “1 to 3 "
        "months”)"),
    Code.JOB_ROW_NOT_WORKLOAD: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is not a workload (less than 30, more than 30 hrs/week, as "
        "needed)"),
    Code.JOB_ROW_NOT_PROPOSALS: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is not a proposals band (e.g. “Less than 5”, “10 to 15”, "
        "“50+”)"),
    Code.JOB_ROW_RATE_ORDER: QT_TRANSLATE_NOOP(
        "ServiceError", "hourly range is upside down: {low} to {high}"),
    Code.JOB_ROW_NEGATIVE: QT_TRANSLATE_NOOP("ServiceError", "{value} cannot be negative"),
    Code.JOB_ROW_RATING: QT_TRANSLATE_NOOP(
        "ServiceError", "the rating {value} is not between 0 and 5"),
    Code.JOB_ROW_HIRE_RATE: QT_TRANSLATE_NOOP(
        "ServiceError", "the hire rate {value}% is not between 0 and 100"),
    Code.JOB_ROW_NO_ZONE: QT_TRANSLATE_NOOP("ServiceError", "the time must carry a time zone"),
    Code.JOB_ROW_UNKNOWN_SOURCE: QT_TRANSLATE_NOOP("ServiceError", "unknown source “{value}”"),
    Code.JOB_ROW_AMOUNT_TOO_BIG: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is beyond the largest amount this app stores ({limit})"),
    Code.JOB_ROW_YEAR: QT_TRANSLATE_NOOP(
        "ServiceError", "the year {year} is not plausible ({low}–{high})"),
    Code.JOB_ROW_COUNT: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a plausible count"),
    Code.JOB_ROW_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceError", "{chars} characters is longer than the {limit} this app stores"),
    Code.JOB_ROW_TOO_MANY_SKILLS: QT_TRANSLATE_NOOP(
        "ServiceError", "more skills (or longer ones) than a posting can hold"),
    Code.JOB_ROW_NOT_AMOUNT: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is not an amount of money"),
    Code.JOB_ROW_DECIMAL_COMMA: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is written with a decimal comma; this file uses a decimal point "
        "(write 1234.56, or save the CSV with semicolons so the comma convention is known)"),
    Code.JOB_ROW_DECIMAL_POINT: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is written with a decimal point, but this file uses decimal "
        "commas"),
    Code.JOB_ROW_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is ambiguous: three decimal places, or a thousands separator?"),
    Code.JOB_ROW_TWO_AMOUNTS: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} holds more than two amounts"),
    Code.JOB_ROW_NOT_WHOLE: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a whole number"),
    Code.JOB_ROW_NOT_PERCENT: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a percentage"),
    Code.JOB_ROW_NOT_NUMBER: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a number"),
    Code.JOB_ROW_NOT_YES_NO: QT_TRANSLATE_NOOP("ServiceError", "{value} is not yes/no"),
    Code.JOB_ROW_NOT_DATETIME: QT_TRANSLATE_NOOP(
        "ServiceError", "{value} is not a date and time"),
    Code.JOB_ROW_NOT_DATE: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a date"),
    Code.JOB_ROW_BAD_URL: QT_TRANSLATE_NOOP("ServiceError", "{value} is not a web address"),
    Code.JOB_ROW_READ_AS: QT_TRANSLATE_NOOP("ServiceError", "{reason} (read as {job_field})"),
    Code.JOB_ROW_EXTRA_CELLS: QT_TRANSLATE_NOOP(
        "ServiceError", "{cells} cells but the header has {columns} columns (a stray delimiter "
        "or quote?)"),
    Code.JOB_ROW_CUT_SHORT: QT_TRANSLATE_NOOP(
        "ServiceError", "{cells} cells but the header has {columns} columns (the row is cut "
        "short: was the file truncated?)"),
    Code.JOB_ROW_OPEN_QUOTE: QT_TRANSLATE_NOOP(
        "ServiceError", "the row is cut short: a quoted cell is never closed (was the file "
        "truncated?)"),
    Code.JOB_ROW_NOT_JSON: QT_TRANSLATE_NOOP("ServiceError", "this line is not valid JSON"),
    Code.JOB_ROW_NOT_OBJECT: QT_TRANSLATE_NOOP("ServiceError", "not a JSON object"),
    Code.JOB_ROW_TOO_DEEP: QT_TRANSLATE_NOOP(
        "ServiceError", "nested too deeply to be a job posting"),
    Code.JOB_PASTE_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceError", "nothing to read: the pasted text is empty"),
}

# The records an edit conflict can name (a table's name -> what a user calls it).
RECORD_LABELS: dict[str, str] = {
    "proposal": QT_TRANSLATE_NOOP("Record", "proposal"),
    "proposal_template": QT_TRANSLATE_NOOP("Record", "template"),
    "contract": QT_TRANSLATE_NOOP("Record", "contract"),
    "contract_milestone": QT_TRANSLATE_NOOP("Record", "milestone"),
    "time_entry": QT_TRANSLATE_NOOP("Record", "time entry"),
    "interaction": QT_TRANSLATE_NOOP("Record", "message"),
    "client": QT_TRANSLATE_NOOP("Record", "client"),
    "profile": QT_TRANSLATE_NOOP("Record", "profile"),
    "portfolio_item": QT_TRANSLATE_NOOP("Record", "portfolio item"),
    "certification": QT_TRANSLATE_NOOP("Record", "certification"),
    "employment": QT_TRANSLATE_NOOP("Record", "employment"),
    "education": QT_TRANSLATE_NOOP("Record", "education"),
    "job": QT_TRANSLATE_NOOP("Record", "job"),
    "saved_search": QT_TRANSLATE_NOOP("Record", "saved search"),
    "feed": QT_TRANSLATE_NOOP("Record", "feed"),
    "withdrawal_method": QT_TRANSLATE_NOOP("Record", "withdrawal method"),
}

# English names for the codes a parameter may carry, for str(error) (the CLI and the log);
# ui/messages.py shows the translated labels instead.
_ENGLISH_PARAM_LABELS: dict[str, dict[str, str]] = {}


def english_labels(param: str, table: dict[str, str]) -> None:
    """Register the English names of the codes a parameter called `param` carries."""
    _ENGLISH_PARAM_LABELS.setdefault(param, {}).update(table)


class ServiceError(ValueError):
    """Something the user asked for that the data does not allow. Nothing changed."""

    def __init__(self, code: str, /, **params: Any):
        if code not in TEMPLATES:  # an older raise site: a finished English sentence
            code, params = Code.TEXT, {"text": code}
        self.code = Code(code)
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        shown = {name: _english(name, value) for name, value in self.params.items()}
        return TEMPLATES[self.code].format(**shown)


def _english(name: str, value: Any) -> Any:
    """A parameter as the CLI and the log show it: a code by its English name, a moment in UTC,
    an amount as money, a nested refusal (the reason behind this one) as its own sentence."""
    if isinstance(value, ServiceError):
        return value.english()
    if isinstance(value, list | tuple):  # several problems, in one sentence
        return "; ".join(f"({n}) {_english(name, item)}" for n, item in enumerate(value, 1))
    if isinstance(value, str):
        return _ENGLISH_PARAM_LABELS.get(name, {}).get(value, value)
    if isinstance(value, datetime):
        return f"{value:%a %Y-%m-%d %H:%M} UTC"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, Decimal):
        from models.rules.money import format_money  # money's errors are ServiceErrors too

        return format_money(value)
    return value


def error_data(error: ServiceError) -> dict[str, Any]:
    """A refusal as JSON data, to keep it in a row: its code and parameters (a nested reason
    the same way; a value JSON has no type for — an amount, a day — as its string)."""
    params: dict[str, Any] = {}
    for name, value in error.params.items():
        if isinstance(value, ServiceError):
            params[name] = error_data(value)
        elif value is None or isinstance(value, bool | int | str):
            params[name] = value
        else:
            params[name] = str(value)
    return {"code": str(error.code), "params": params}


def error_from_data(data: dict[str, Any]) -> ServiceError:
    """The refusal :func:`error_data` kept (a code this version does not know reads as its
    code's text)."""
    params = {name: error_from_data(value) if isinstance(value, dict) and "code" in value
              else value for name, value in (data.get("params") or {}).items()}
    code = str(data.get("code", ""))
    if code not in TEMPLATES:
        return ServiceError(Code.TEXT, text=code)
    return ServiceError(code, **params)


english_labels("record", RECORD_LABELS)


class EditConflictError(ServiceError):
    """A save met a row someone else saved (or deleted) after it was read: nothing was written.
    ``params``: record (the table), id, and ``version`` (the one the save expected)."""


class WorkspaceOfflineError(ServiceError):
    """The workspace's server cannot be reached (connection refused or lost): nothing was
    written. ``params``: detail (the driver's first line, for the log)."""
