<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Banner</name>
    <message numerus="yes">
        <location filename="../../ui/workspace_live.py" line="+179"/>
        <source>%n change(s) made while offline were not sent: someone else saved the same thing meanwhile. Open it and press Merge….</source>
        <translation>
            <numerusform>%n change made while offline were not sent: someone else saved the same thing meanwhile. Open it and press Merge….</numerusform>
            <numerusform>%n changes made while offline were not sent: someone else saved the same thing meanwhile. Open it and press Merge….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server refused %n payment(s) recorded while offline: Payments says why.</source>
        <translation>
            <numerusform>The server refused %n payment recorded while offline: Payments says why.</numerusform>
            <numerusform>The server refused %n payments recorded while offline: Payments says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BidPanel</name>
    <message numerus="yes">
        <location filename="../../ui/proposals/bid.py" line="+148"/>
        <location line="+244"/>
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+255"/>
        <source>✓ %n milestone(s) add up to the total</source>
        <translation>
            <numerusform>✓ %n milestone adds up to the total</numerusform>
            <numerusform>✓ %n milestones add up to the total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/idle.py" line="+82"/>
        <source>You were away for %n minute(s) (since {0}) while the timer ran on “{1}”.</source>
        <translation>
            <numerusform>You were away for %n minute (since {0}) while the timer ran on “{1}”.</numerusform>
            <numerusform>You were away for %n minutes (since {0}) while the timer ran on “{1}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/payments/dialogs.py" line="+197"/>
        <source>&lt;b&gt;%n&lt;/b&gt; new transaction(s) will be added; {dup} already in your ledger will be skipped.</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; new transaction will be added; {dup} already in your ledger will be skipped.</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; new transactions will be added; {dup} already in your ledger will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n break(s) in the running balance</source>
        <translation>
            <numerusform>%n break in the running balance</numerusform>
            <numerusform>%n breaks in the running balance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Add the %n contract(s) these files name to Contracts ({ended} ended, {active} active) and link their payments</source>
        <translation>
            <numerusform>Add the %n contract these files name to Contracts ({ended} ended, {active} active) and link their payments</numerusform>
            <numerusform>Add the %n contracts these files name to Contracts ({ended} ended, {active} active) and link their payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message numerus="yes">
        <location filename="../../ui/jobs/tab.py" line="+696"/>
        <source>Delete %n job(s) from your library? Hiding keeps them out of searches without losing them. Edit ▸ Undo brings deleted jobs back.</source>
        <translation>
            <numerusform>Delete %n job from your library? Hiding keeps it out of searches without losing it. Edit ▸ Undo brings deleted jobs back.</numerusform>
            <numerusform>Delete %n jobs from your library? Hiding keeps them out of searches without losing them. Edit ▸ Undo brings deleted jobs back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n row(s) cannot be read (first: {first}).</source>
        <translation>
            <numerusform>%n row cannot be read (first: {first}).</numerusform>
            <numerusform>%n rows cannot be read (first: {first}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import the other %n row(s)? Nothing has been imported yet.</source>
        <translation>
            <numerusform>Import the other %n row? Nothing has been imported yet.</numerusform>
            <numerusform>Import the other %n rows? Nothing has been imported yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeptPayments</name>
    <message numerus="yes">
        <location filename="../../ui/payments/kept.py" line="+193"/>
        <source>%n change(s) made while the workspace server was away: kept on this computer, not sent yet. They are sent when the server is back and then show in the ledger.</source>
        <translation>
            <numerusform>%n change made while the workspace server was away: kept on this computer, not sent yet. They are sent when the server is back and then show in the ledger.</numerusform>
            <numerusform>%n changes made while the workspace server was away: kept on this computer, not sent yet. They are sent when the server is back and then show in the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server refused %n kept payment(s):</source>
        <translation>
            <numerusform>The server refused %n kept payment:</numerusform>
            <numerusform>The server refused %n kept payments:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/proposals/merge.py" line="+196"/>
        <source>You both changed the same lines in %n place(s): they stand between “&lt;&lt;&lt;&lt;&lt;&lt;&lt; yours” and “&gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs”. Keep what you want and delete the marker lines to save.</source>
        <translation>
            <numerusform>You both changed the same lines in %n place: they stand between “&lt;&lt;&lt;&lt;&lt;&lt;&lt; yours” and “&gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs”. Keep what you want and delete the marker lines to save.</numerusform>
            <numerusform>You both changed the same lines in %n places: they stand between “&lt;&lt;&lt;&lt;&lt;&lt;&lt; yours” and “&gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs”. Keep what you want and delete the marker lines to save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message numerus="yes">
        <location filename="../../ui/contracts/detail.py" line="+564"/>
        <source>Contract value &lt;b&gt;{0}&lt;/b&gt; · released &lt;b&gt;{1}&lt;/b&gt; · in escrow &lt;b&gt;{2}&lt;/b&gt; · %n milestone(s)</source>
        <translation>
            <numerusform>Contract value &lt;b&gt;{0}&lt;/b&gt; · released &lt;b&gt;{1}&lt;/b&gt; · in escrow &lt;b&gt;{2}&lt;/b&gt; · %n milestone</numerusform>
            <numerusform>Contract value &lt;b&gt;{0}&lt;/b&gt; · released &lt;b&gt;{1}&lt;/b&gt; · in escrow &lt;b&gt;{2}&lt;/b&gt; · %n milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message numerus="yes">
        <location filename="../../ui/payments/chart.py" line="+50"/>
        <source>{title}: net {net}, fees {fees} in %n period(s)</source>
        <translation>
            <numerusform>{title}: net {net}, fees {fees} in %n period</numerusform>
            <numerusform>{title}: net {net}, fees {fees} in %n periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../ui/notifier.py" line="+55"/>
        <source>%n proposal(s) to follow up on today.</source>
        <translation>
            <numerusform>%n proposal to follow up on today.</numerusform>
            <numerusform>%n proposals to follow up on today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Expiring on {day}: %n Connect(s).</source>
        <translation>
            <numerusform>Expiring on {day}: %n Connect.</numerusform>
            <numerusform>Expiring on {day}: %n Connects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new job(s) for “{name}”.</source>
        <translation>
            <numerusform>%n new job for “{name}”.</numerusform>
            <numerusform>%n new jobs for “{name}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message numerus="yes">
        <location filename="../../ui/payments/tab.py" line="+855"/>
        <source>{hours} h · %n contract(s)</source>
        <translation>
            <numerusform>{hours} h · %n contract</numerusform>
            <numerusform>{hours} h · %n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+266"/>
        <source>Imported %n transaction(s); {skipped} already in the ledger.</source>
        <translation>
            <numerusform>Imported %n transaction; {skipped} already in the ledger.</numerusform>
            <numerusform>Imported %n transactions; {skipped} already in the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added %n contract(s) to Contracts: {names}</source>
        <translation>
            <numerusform>Added %n contract to Contracts: {names}</numerusform>
            <numerusform>Added %n contracts to Contracts: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Linked %n transaction(s) imported earlier to them.</source>
        <translation>
            <numerusform>Linked %n transaction imported earlier to them.</numerusform>
            <numerusform>Linked %n transactions imported earlier to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported %n transaction(s); {skipped} already in the ledger</source>
        <translation>
            <numerusform>Imported %n transaction; {skipped} already in the ledger</numerusform>
            <numerusform>Imported %n transactions; {skipped} already in the ledger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n transaction(s) waiting to be deleted when the workspace server is back</source>
        <translation>
            <numerusform>%n transaction waiting to be deleted when the workspace server is back</numerusform>
            <numerusform>%n transactions waiting to be deleted when the workspace server is back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Delete %n transaction(s)</source>
        <translation>
            <numerusform>Delete %n transaction</numerusform>
            <numerusform>Delete %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>Exported %n transaction(s) to {p}</source>
        <translation>
            <numerusform>Exported %n transaction to {p}</numerusform>
            <numerusform>Exported %n transactions to {p}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message numerus="yes">
        <location filename="../../ui/proposals/tab.py" line="+479"/>
        <source>%n proposal(s) due for a follow-up — filter “Follow-up due”.</source>
        <translation>
            <numerusform>%n proposal due for a follow-up — filter “Follow-up due”.</numerusform>
            <numerusform>%n proposals due for a follow-up — filter “Follow-up due”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/shortcuts_dialog.py" line="+90"/>
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n shortcut</numerusform>
            <numerusform>%n shortcuts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthPanel</name>
    <message numerus="yes">
        <location filename="../../ui/profile/strength.py" line="+243"/>
        <source>%n thing(s) to improve — click one to go there.</source>
        <translation>
            <numerusform>%n thing to improve — click one to go there.</numerusform>
            <numerusform>%n things to improve — click one to go there.</numerusform>
        </translation>
    </message>
</context>
</TS>
