"""Every model, in dependency order (export, schema checks and tests iterate this)."""
from models.agency import MemberPayout
from models.clients import Client
from models.contracts import Contract, ContractMilestone, Feedback, Interaction, TimeEntry
from models.jobs import Feed, Job, JobSnapshot, SavedSearch
from models.members import MemberPay, WorkspaceMember
from models.payments import ImportLog, PlannedWithdrawal, Transaction, WithdrawalMethod
from models.profile import (
    Certification,
    Education,
    Employment,
    PortfolioFile,
    PortfolioItem,
    Profile,
    ProfileLanguage,
    ProfilePortfolio,
    ProfileSkill,
)
from models.proposals import (
    ConnectsEntry,
    Proposal,
    ProposalAttachment,
    ProposalMilestone,
    ProposalRevision,
    ProposalStatusChange,
    ProposalTemplate,
    ScreeningAnswer,
)
from models.settings import Setting

ALL_MODELS = [
    Setting,
    Profile, ProfileSkill, ProfileLanguage, PortfolioItem, PortfolioFile, ProfilePortfolio,
    Certification, Employment, Education,
    Client, WorkspaceMember, MemberPay,
    Job, JobSnapshot, SavedSearch, Feed,
    ProposalTemplate, Proposal, ProposalMilestone, ScreeningAnswer, ProposalAttachment,
    ProposalStatusChange, ProposalRevision, ConnectsEntry,
    Contract, ContractMilestone, TimeEntry, Feedback, Interaction,
    WithdrawalMethod, Transaction, ImportLog, MemberPayout, PlannedWithdrawal,
]
