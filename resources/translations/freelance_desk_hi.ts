<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="+389"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount ($)</source>
        <translation>राशि ($) (&amp;A)</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../ui/settings/appearance.py" line="+16"/>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus, buttons and messages, after a restart</source>
        <translation>मेन्यू, बटन और संदेशों की भाषा, ऐप फिर से शुरू करने के बाद</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light, dark, or follow the operating system&apos;s colour scheme</source>
        <translation>हल्की, गहरी, या ऑपरेटिंग सिस्टम की रंग-योजना के अनुसार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>थीम (&amp;T):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new language is used the next time you start Freelance Desk.</source>
        <translation>नई भाषा अगली बार Freelance Desk शुरू करने पर लागू होगी।</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/settings/backups.py" line="+21"/>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>हाथ से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a restore</source>
        <translation>रीस्टोर से बदला गया</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>A backup is made automatically when you quit (at most once a day) and checked before it is kept. Backups you make by hand are never deleted automatically. Backups of an encrypted database are encrypted with the same key.</source>
        <translation>ऐप बंद करते समय अपने-आप बैकअप बनता है (दिन में अधिकतम एक बार) और रखने से पहले जाँचा जाता है। हाथ से बनाए बैकअप कभी अपने-आप नहीं हटते। एन्क्रिप्टेड डेटाबेस के बैकअप उसी कुंजी से एन्क्रिप्ट होते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic backups to keep</source>
        <translation>कितने स्वचालित बैकअप रखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> automatic backups</source>
        <translation> स्वचालित बैकअप</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the newest:</source>
        <translation>सबसे नए रखें:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder: {0}</source>
        <translation>फ़ोल्डर: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>बना</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>एन्क्रिप्टेड</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backups yet — click Back Up Now.</source>
        <translation>अभी कोई बैकअप नहीं — “अभी बैकअप लें” पर क्लिक करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back Up Now</source>
        <translation>अभी बैकअप लें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Selected…</source>
        <translation>चुना हुआ रीस्टोर करें…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the backups folder</source>
        <translation>बैकअप फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../../ui/profile/fields.py" line="+83"/>
        <source>Profile photo</source>
        <translation>प्रोफ़ाइल फ़ोटो</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose photo…</source>
        <translation>फ़ोटो चुनें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photo</source>
        <translation>फ़ोटो चुनें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>फ़ोटो हटाएँ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile name</source>
        <translation>प्रोफ़ाइल का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Shopify stores</source>
        <translation>जैसे Shopify स्टोर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name:</source>
        <translation>प्रोफ़ाइल का नाम:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation>पहला और अंतिम नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Shopify developer for fast, conversion-focused stores</source>
        <translation>जैसे तेज़, ज़्यादा बिक्री वाले स्टोर के लिए Shopify डेवलपर</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title:</source>
        <translation>शीर्षक:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+142"/>
        <source>{currency} / hr</source>
        <translation>{currency} / घंटा</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>min. {m}</source>
        <translation>न्यूनतम {m}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hourly rate:</source>
        <translation>प्रति घंटा दर:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Availability</source>
        <translation>उपलब्धता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Availability:</source>
        <translation>उपलब्धता:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City, country</source>
        <translation>शहर, देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>स्थान:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Europe/Lisbon</source>
        <translation>जैसे Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone:</source>
        <translation>टाइम ज़ोन:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Introduction video link</source>
        <translation>परिचय वीडियो का लिंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://youtu.be/… (optional)</source>
        <translation>https://youtu.be/… (वैकल्पिक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video:</source>
        <translation>वीडियो:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Photo, name, availability, location, time zone and video are shared by all your profiles; title, rate, categories, overview, skills and the portfolio items shown are this profile’s own.</source>
        <translation>फ़ोटो, नाम, उपलब्धता, स्थान, टाइम ज़ोन और वीडियो आपकी सभी प्रोफ़ाइलों में एक जैसे हैं; शीर्षक, दर, श्रेणियाँ, ओवरव्यू, स्किल्स और दिखाए गए पोर्टफ़ोलियो आइटम सिर्फ़ इस प्रोफ़ाइल के हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo, name, availability, location, time zone, languages, certifications, employment and education are shared with your specialized profiles.</source>
        <translation>फ़ोटो, नाम, उपलब्धता, स्थान, टाइम ज़ोन, भाषाएँ, सर्टिफ़िकेशन, नौकरी और शिक्षा आपकी स्पेशलाइज़्ड प्रोफ़ाइलों के साथ साझा होते हैं।</translation>
    </message>
</context>
<context>
    <name>BidPanel</name>
    <message>
        <location filename="../../ui/proposals/bid.py" line="+102"/>
        <source>Bid, fees and Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-price bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled rate increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled increase</source>
        <translation>कोई तय बढ़ोतरी नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+236"/>
        <source>Every {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Rate increase percent</source>
        <translation>दर बढ़ोतरी प्रतिशत</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price by project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price by milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed price total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add milestone</source>
        <translation>माइलस्टोन जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bid problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What it nets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fee for this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <location line="+299"/>
        <source>Client pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount you want to receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bid needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Use this bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee on this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>− Upwork service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= You receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation or offer (free to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boost bid in Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra Connects bid for the top 4 spots. You pay what you bid, nothing if outbid before the client looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Connects ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Unknown ({rate}% assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard ({rate}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legacy contract ({rate}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by the fee rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bid not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Milestones not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too many milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposal takes at most {n} milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Billed with this client so far: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Then {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>, assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type what you want to receive to see the bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bid {bid}{per} (fee {fee}) to receive {net}{per}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Milestones add up to {sum} (used as the total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ {n} milestones add up to the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Milestones {sum} — {diff} {word} the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>short of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} spent ({cost})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — free, it is an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Connects = {cost}{free}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{have} now → {after} after submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ {n} Connects short — buy a bundle or record your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running low after this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDetail</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="+768"/>
        <source>Contract detail</source>
        <translation>कॉन्ट्रैक्ट का विवरण</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Accept offer</source>
        <translation>ऑफ़र स्वीकार करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline…</source>
        <translation>अस्वीकार करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract paused</source>
        <translation>कॉन्ट्रैक्ट रोका गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract resumed</source>
        <translation>कॉन्ट्रैक्ट फिर से शुरू हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End contract…</source>
        <translation>कॉन्ट्रैक्ट समाप्त करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit terms…</source>
        <translation>शर्तें बदलें…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contract pages</source>
        <translation>कॉन्ट्रैक्ट के पन्ने</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contract terms</source>
        <translation>कॉन्ट्रैक्ट की शर्तें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversation and work log</source>
        <translation>बातचीत और काम का लॉग</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no client</source>
        <translation>कोई क्लाइंट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started {0:%b %d, %Y}</source>
        <translation>{0:%b %d, %Y} को शुरू हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended {0:%b %d, %Y}</source>
        <translation>{0:%b %d, %Y} को समाप्त हुआ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No terms written down.</source>
        <translation>कोई शर्तें लिखी नहीं गई हैं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings</source>
        <translation>कमाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>फ़ीडबैक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation &amp;&amp; log</source>
        <translation>बातचीत और लॉग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>शर्तें</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Offer accepted: “{0}” is active</source>
        <translation>ऑफ़र स्वीकार किया गया: “{0}” अब सक्रिय है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline Offer</source>
        <translation>ऑफ़र अस्वीकार करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the offer “{0}”?</source>
        <translation>ऑफ़र “{0}” अस्वीकार करें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="-244"/>
        <source>Edit Contract Terms</source>
        <translation>कॉन्ट्रैक्ट की शर्तें बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Contract</source>
        <translation>नया कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This is an offer I have not accepted yet</source>
        <translation>यह एक ऑफ़र है जिसे मैंने अभी स्वीकार नहीं किया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>ऑफ़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly limit</source>
        <translation>साप्ताहिक सीमा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h/week</source>
        <translation> घंटे/सप्ताह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Manual time allowed</source>
        <translation>मैन्युअल समय की अनुमति है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate increase frequency</source>
        <translation>दर बढ़ने की अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled increase</source>
        <translation>कोई तय बढ़ोतरी नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {0} months</source>
        <translation>हर {0} महीने</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate increase percent</source>
        <translation>दर बढ़ोतरी प्रतिशत</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service fee percent</source>
        <translation>सर्विस फ़ीस प्रतिशत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 10 (leave empty if unknown)</source>
        <translation>जैसे 10 (पता न हो तो खाली छोड़ें)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace contract id</source>
        <translation>मार्केटप्लेस कॉन्ट्रैक्ट आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>शर्तें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope, deliverables, anything agreed</source>
        <translation>काम का दायरा, डिलीवरेबल, जो भी तय हुआ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title</source>
        <translation>शीर्षक (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client</source>
        <translation>क्लाइंट (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>प्रकार (&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate ($/h)</source>
        <translation>दर ($/घंटा) (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly &amp;limit</source>
        <translation>साप्ताहिक सीमा (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate &amp;increase</source>
        <translation>दर बढ़ोतरी (&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fixed price ($)</source>
        <translation>फ़िक्स्ड प्राइस ($) (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount ($)</source>
        <translation>राशि ($)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due (YYYY-MM-DD)</source>
        <translation>नियत तारीख (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add milestone</source>
        <translation>माइलस्टोन जोड़ें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Milestones</source>
        <translation>माइलस्टोन (&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service f&amp;ee (%)</source>
        <translation>सर्विस फ़ीस (%) (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;id</source>
        <translation>कॉन्ट्रैक्ट आईडी (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter&amp;ms</source>
        <translation>शर्तें (&amp;M)</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <location filename="../../ui/contracts/models.py" line="+57"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week / next</source>
        <translation>यह सप्ताह / अगला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../../ui/contracts/tab.py" line="+76"/>
        <location line="+72"/>
        <source>Contracts</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>New &amp;Contract…</source>
        <translation>नया कॉन्ट्रैक्ट (&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start/Stop &amp;Timer</source>
        <translation>टाइमर शुरू/बंद करें (&amp;T)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contracts yet</source>
        <translation>अभी कोई कॉन्ट्रैक्ट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hired proposal becomes a contract here, or add one by hand (Ctrl+Shift+N). Track time against weekly limits and milestones through escrow.</source>
        <translation>जिस प्रपोज़ल पर आपको हायर किया गया, वह यहाँ कॉन्ट्रैक्ट बन जाता है, या ख़ुद जोड़ें (Ctrl+Shift+N)। साप्ताहिक सीमा के हिसाब से समय और एस्क्रो में माइलस्टोन पर नज़र रखें।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show contracts</source>
        <translation>कॉन्ट्रैक्ट दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (active, offers, paused)</source>
        <translation>खुले (सक्रिय, ऑफ़र, रुके हुए)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offers</source>
        <translation>ऑफ़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search contracts</source>
        <translation>कॉन्ट्रैक्ट खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title, client, terms…</source>
        <translation>शीर्षक, क्लाइंट, शर्तें खोजें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contract…</source>
        <translation>नया कॉन्ट्रैक्ट…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contract</source>
        <translation>नया कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select a contract to see its time, milestones, earnings and feedback.</source>
        <translation>समय, माइलस्टोन, कमाई और फ़ीडबैक देखने के लिए कोई कॉन्ट्रैक्ट चुनें।</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Contract “{0}” added</source>
        <translation>कॉन्ट्रैक्ट “{0}” जोड़ा गया</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an active hourly contract to start the timer</source>
        <translation>टाइमर शुरू करने के लिए कोई सक्रिय प्रति घंटा कॉन्ट्रैक्ट चुनें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timer stopped: {0} h on “{1}”</source>
        <translation>टाइमर बंद: “{1}” पर {0} घंटे</translation>
    </message>
</context>
<context>
    <name>ConversationWidget</name>
    <message>
        <location filename="../../ui/widgets/conversation.py" line="+182"/>
        <source>Conversation with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversation entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No messages yet. Log what the client wrote, a call or an interview, or a note to yourself — with the time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said… (Ctrl+Enter to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash.py" line="+41"/>
        <source>Freelance Desk — unexpected error</source>
        <translation>Freelance Desk — अनपेक्षित गड़बड़ी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: {error}

Your saved data is safe. The details were written to the log file:
{log}</source>
        <translation>कुछ गड़बड़ हो गई: {error}

आपका सेव किया डेटा सुरक्षित है। पूरी जानकारी लॉग फ़ाइल में लिखी गई है:
{log}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep working</source>
        <translation>काम जारी रखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../ui/data_actions.py" line="+32"/>
        <source>{app} — locked data</source>
        <translation>{app} — लॉक किया हुआ डेटा</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{app} — damaged data</source>
        <translation>{app} — ख़राब डेटा</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data in {folder} cannot be opened.

{error}</source>
        <translation>{folder} का डेटा नहीं खुल सकता।

{error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Back Up Now</source>
        <translation>अभी बैकअप लें (&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from Backup…</source>
        <translation>बैकअप से रीस्टोर करें (&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export All…</source>
        <translation>सब एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import All…</source>
        <translation>सब इंपोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0} cancelled; nothing was changed.</source>
        <translation>{0} रद्द हुआ; कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Backing up</source>
        <translation>बैकअप हो रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written and verified: {0}</source>
        <translation>बैकअप बना और जाँचा गया: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Restore from Backup</source>
        <translation>बैकअप से रीस्टोर करें</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Freelance Desk backups (*.sqlite3);;All files (*)</source>
        <translation>Freelance Desk बैकअप (*.sqlite3);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace all current data with the backup {0}?

The backup is checked first; if it is damaged nothing changes. The current data is kept as a copy in the backups folder.</source>
        <translation>सारा मौजूदा डेटा बैकअप {0} से बदलें?

पहले बैकअप जाँचा जाता है; अगर वह ख़राब है तो कुछ नहीं बदलेगा। मौजूदा डेटा की एक कॉपी बैकअप फ़ोल्डर में रखी जाती है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring</source>
        <translation>रीस्टोर हो रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from {0}. The replaced data is kept as {1}.</source>
        <translation>{0} से रीस्टोर हुआ। बदला गया डेटा {1} के रूप में रखा गया है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export All</source>
        <translation>सब एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip आर्काइव (*.zip)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Exporting everything</source>
        <translation>सब कुछ एक्सपोर्ट हो रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0} records and {1} files to {2} (not encrypted: keep it safe).</source>
        <translation>{0} रिकॉर्ड और {1} फ़ाइलें {2} में एक्सपोर्ट हुईं (एन्क्रिप्टेड नहीं: इसे सुरक्षित रखें)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import All</source>
        <translation>सब इंपोर्ट करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing everything</source>
        <translation>सब कुछ इंपोर्ट हो रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {0} records and {1} files.</source>
        <translation>{0} रिकॉर्ड और {1} फ़ाइलें इंपोर्ट हुईं।</translation>
    </message>
</context>
<context>
    <name>EarningDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="+207"/>
        <source>Record a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what I receive (after the fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount is net of the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Hours × rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the contract or the fee rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee % (2025+):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A cost lowers your balance; it counts against take-home pay in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter an amount to see the fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client pays &lt;b&gt;{gross}&lt;/b&gt; · Upwork fee &lt;b&gt;{fee}&lt;/b&gt; ({rate}{assumed}) · you receive &lt;b&gt;{net}&lt;/b&gt;&lt;br&gt;Available on {day}.&lt;br&gt;&lt;small&gt;{rule}&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the amount (or hours and rate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="-399"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payments on this contract</source>
        <translation>इस कॉन्ट्रैक्ट के भुगतान</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record bonus…</source>
        <translation>बोनस दर्ज करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record refund…</source>
        <translation>रिफ़ंड दर्ज करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Payments</source>
        <translation>भुगतान में खोलें</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Billed &lt;b&gt;{0}&lt;/b&gt; · you received &lt;b&gt;{1}&lt;/b&gt; net · pending &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>बिल किया &lt;b&gt;{0}&lt;/b&gt; · आपको शुद्ध मिला &lt;b&gt;{1}&lt;/b&gt; · बाकी &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonuses possible until {0:%b %d, %Y}</source>
        <translation>{0:%b %d, %Y} तक बोनस मिल सकता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refunds (up to {0}) until {1:%b %d, %Y}</source>
        <translation>रिफ़ंड ({0} तक) {1:%b %d, %Y} तक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payments yet: approved milestones and billed weeks appear here (hourly weeks are billed after the diary locks on Monday 11:59 UTC).</source>
        <translation>अभी कोई भुगतान नहीं: मंज़ूर माइलस्टोन और बिल हुए सप्ताह यहाँ दिखेंगे (प्रति घंटा सप्ताह का बिल सोमवार 11:59 UTC पर डायरी बंद होने के बाद बनता है)।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record Bonus</source>
        <translation>बोनस दर्ज करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bonus from {0} on “{1}”. It is available 5 days after it is processed.</source>
        <translation>“{1}” पर {0} से बोनस। यह प्रोसेस होने के 5 दिन बाद उपलब्ध होता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record Refund</source>
        <translation>रिफ़ंड दर्ज करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money you give back to the client (at most {0}); the service fee on it is returned.</source>
        <translation>क्लाइंट को लौटाई गई रकम (अधिकतम {0}); उस पर लगी सर्विस फ़ीस वापस मिल जाती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>EditTransactionDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="+239"/>
        <source>Edit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntract:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="+183"/>
        <source>End “{0}”</source>
        <translation>“{0}” समाप्त करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A running timer on this contract is stopped. You then have 14 days to leave feedback; the client can send a bonus for a year.</source>
        <translation>इस कॉन्ट्रैक्ट पर चल रहा टाइमर बंद हो जाएगा। इसके बाद फ़ीडबैक देने के लिए आपके पास 14 दिन हैं; क्लाइंट एक साल तक बोनस भेज सकता है।</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../ui/contracts/models.py" line="+126"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From – to</source>
        <translation>से – तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable</source>
        <translation>बिल योग्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over limit</source>
        <translation>सीमा से ऊपर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} h over the weekly limit: recorded, not billed</source>
        <translation>साप्ताहिक सीमा से {0} घंटे ऊपर: दर्ज है, बिल नहीं होगा</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="-105"/>
        <source>Edit Time Entry</source>
        <translation>समय प्रविष्टि बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Manual Time</source>
        <translation>मैन्युअल समय जोड़ें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>शुरू होने का समय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you worked on (the client sees this)</source>
        <translation>आपने किस पर काम किया (क्लाइंट इसे देखता है)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>शुरुआत (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length</source>
        <translation>अवधि (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memo</source>
        <translation>मेमो (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are your local time. A week&apos;s diary can be changed until Monday 11:59 UTC after it.</source>
        <translation>समय आपके स्थानीय समय में हैं। किसी सप्ताह की डायरी उसके बाद वाले सोमवार 11:59 UTC तक बदली जा सकती है।</translation>
    </message>
    <message>
        <location filename="../../ui/profile/lists.py" line="+409"/>
        <source>Edit {what}</source>
        <translation>{what} बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {what}</source>
        <translation>{what} जोड़ें</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+6"/>
        <source>not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Files and images:</source>
        <translation>फ़ाइलें और तस्वीरें:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached files</source>
        <translation>जुड़ी हुई फ़ाइलें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach files…</source>
        <translation>फ़ाइलें जोड़ें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Attach files</source>
        <translation>फ़ाइलें जोड़ें</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>फ़ाइल हटाएँ</translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <location line="-319"/>
        <source>Add {what}…</source>
        <translation>{what} जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>ऊपर करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>नीचे करें</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Tick to show this item on this profile.</source>
        <translation>इस प्रोफ़ाइल पर यह आइटम दिखाने के लिए टिक करें।</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/profile/export.py" line="+95"/>
        <source>Export {name}</source>
        <translation>{name} एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy each section into the matching field on the marketplace, or save the whole profile.</source>
        <translation>हर हिस्सा मार्केटप्लेस के सही फ़ील्ड में कॉपी करें, या पूरी प्रोफ़ाइल सेव करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Plain text</source>
        <translation>सादा टेक्स्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Copy all</source>
        <translation>सब कॉपी करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>इस रूप में सेव करें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as text, Markdown or JSON</source>
        <translation>टेक्स्ट, Markdown या JSON के रूप में सेव करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF…</source>
        <translation>PDF सेव करें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>PDF के रूप में सेव करें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This profile is empty — fill in a title and overview first.</source>
        <translation>यह प्रोफ़ाइल खाली है — पहले शीर्षक और ओवरव्यू भरें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>({count} characters)</source>
        <translation>({count} अक्षर)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy {section}</source>
        <translation>{section} कॉपी करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied {what} to the clipboard.</source>
        <translation>{what} क्लिपबोर्ड पर कॉपी हो गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole profile</source>
        <translation>पूरी प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save profile</source>
        <translation>प्रोफ़ाइल सेव करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Plain text (*.txt)</source>
        <translation>सादा टेक्स्ट (*.txt)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save profile as PDF</source>
        <translation>प्रोफ़ाइल PDF के रूप में सेव करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not save: {error}</source>
        <translation>सेव नहीं हो सका: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Saved {path}</source>
        <translation>{path} सेव हो गया</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Could not save the PDF: {error}</source>
        <translation>PDF सेव नहीं हो सका: {error}</translation>
    </message>
</context>
<context>
    <name>ExtrasPanel</name>
    <message>
        <location filename="../../ui/proposals/extras.py" line="+60"/>
        <source>Screening questions and attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Screening questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The job asks no questions — or add them here as the post lists them, and answer each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached files</source>
        <translation>जुड़ी हुई फ़ाइलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach files…</source>
        <translation>फ़ाइलें जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>Attach files</source>
        <translation>फ़ाइलें जोड़ें</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Answers not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>File not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="-284"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>गुणवत्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>उपलब्धता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>संवाद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation</source>
        <translation>सहयोग</translation>
    </message>
    <message>
        <location line="+372"/>
        <source>Leave Feedback for the Client</source>
        <translation>क्लाइंट के लिए फ़ीडबैक दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the Client&apos;s Feedback</source>
        <translation>क्लाइंट का फ़ीडबैक दर्ज करें</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overall score</source>
        <translation>कुल स्कोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average of the ratings if left empty</source>
        <translation>खाली छोड़ने पर रेटिंग का औसत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback text</source>
        <translation>फ़ीडबैक का टेक्स्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overall (1–5)</source>
        <translation>कुल (1–5) (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>टेक्स्ट (&amp;T)</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="+19"/>
        <source>Your feedback to the client</source>
        <translation>क्लाइंट को आपका फ़ीडबैक</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>Leave feedback…</source>
        <translation>फ़ीडबैक दें…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The client&apos;s feedback to you</source>
        <translation>आपको क्लाइंट का फ़ीडबैक</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Record feedback…</source>
        <translation>फ़ीडबैक दर्ज करें…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Feedback is exchanged when the contract ends: both sides have 14 days, and neither sees the other&apos;s until both have left it (or the window closes).</source>
        <translation>फ़ीडबैक कॉन्ट्रैक्ट ख़त्म होने पर दिया जाता है: दोनों पक्षों के पास 14 दिन होते हैं, और जब तक दोनों न दे दें (या समय-सीमा ख़त्म न हो), कोई दूसरे का फ़ीडबैक नहीं देखता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Feedback window open&lt;/b&gt; until {0:%a %b %d} ({1} days left).</source>
        <translation>&lt;b&gt;फ़ीडबैक का समय खुला है&lt;/b&gt; {0:%a %b %d} तक ({1} दिन बाकी)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The feedback window closed on {0:%b %d, %Y}.</source>
        <translation>फ़ीडबैक का समय {0:%b %d, %Y} को बंद हो गया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;None yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;अभी कुछ नहीं।&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="+428"/>
        <source>Proposal figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group figures by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proposal counts as viewed, interviewed or hired once it has reached that stage. Connects are net of refunds; money is what those Connects cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="-494"/>
        <source>Import Upwork transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{new}&lt;/b&gt; new transaction(s) will be added; {dup} are already in your ledger and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Nothing can be imported yet&lt;/b&gt;: fix the rows listed below (or leave that file out) and try again. Your ledger has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} break(s) in the running balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <location filename="../../ui/jobs/tab.py" line="+16"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a job posting with Ctrl+Shift+V, or import a CSV, JSON or RSS file from File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="-175"/>
        <location line="+9"/>
        <source>Connects ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Connects balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Membership plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan} — {n} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price per Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Buy Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Set balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what Upwork shows as your balance; the difference becomes a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete ledger row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan and price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Balance is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; Connects available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {k} expire on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · {e} expired unused so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} Connects — {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Price not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the Payments ledger is not available, so the cost was not booked there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought {n} Connects for {cost}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete Connects row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../ui/proposals/letter.py" line="+41"/>
        <source>Cover letter editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the letter from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved paragraph at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a placeholder filled from the job and your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill all from the job and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for Upwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the letter and the answers to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to the client: open with their problem, show you read the post, say how you would solve it and what you have done like it, end with a question.

Tip: start from a template (above); {client_name} and friends fill themselves in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Character and word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+34"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>As sent on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{chars} / {max} characters · {words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{over} characters over the limit · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unfilled: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barely mentions the job — name their need or a skill they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Mentions the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No {kind}s yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manage {kind}s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Some placeholders are still empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No value yet for {names}. Fill in the job or your profile, or write them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cover letter and answers copied — paste them into Upwork&apos;s proposal form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+67"/>
        <source>Sections</source>
        <translation>हिस्से</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>देखें (&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status bar</source>
        <translation>स्टेटस बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open &amp;Data Folder</source>
        <translation>डेटा फ़ोल्डर खोलें (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Log File</source>
        <translation>लॉग फ़ाइल खोलें (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Freelance Desk</source>
        <translation>Freelance Desk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+66"/>
        <source>Move focus to the tab bar</source>
        <translation>फ़ोकस टैब बार पर ले जाएँ</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Theme</source>
        <translation>थीम (&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow &amp;System</source>
        <translation>सिस्टम के अनुसार (&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>हल्की (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>गहरी (&amp;D)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Everywhere</source>
        <translation>हर जगह</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next field / previous field</source>
        <translation>अगला फ़ील्ड / पिछला फ़ील्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next tab / previous tab</source>
        <translation>अगला टैब / पिछला टैब</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the menu bar</source>
        <translation>मेन्यू बार खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a dialog</source>
        <translation>डायलॉग बंद करें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Freelance Desk</source>
        <translation>Freelance Desk के बारे में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Proposals, contracts and earnings for marketplace freelancers — offline first, your data stays yours.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;{dir}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;मार्केटप्लेस फ़्रीलांसरों के लिए प्रपोज़ल, कॉन्ट्रैक्ट और कमाई — ऑफ़लाइन पहले, आपका डेटा आपका ही रहता है।&lt;/p&gt;&lt;p&gt;डेटा फ़ोल्डर:&lt;br&gt;{dir}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="+192"/>
        <source>Edit withdrawal method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add withdrawal method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing, SWIFT or IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fixed fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Percent fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;nimum / maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acc&amp;ount number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing / SWIFT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holder / e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout details are stored in your system keyring, never in the database; only the last four digits are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{mask} — leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Upwork&apos;s fee: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="-101"/>
        <source>Edit Milestone</source>
        <translation>माइलस्टोन बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Milestone</source>
        <translation>माइलस्टोन जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funded: the amount in escrow is fixed</source>
        <translation>फ़ंडेड: एस्क्रो की राशि तय है</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Due date</source>
        <translation>नियत तारीख</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Has a due date</source>
        <translation>नियत तारीख है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Description</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount ($)</source>
        <translation>राशि ($) (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue</source>
        <translation>नियत तारीख (&amp;U)</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <location filename="../../ui/proposals/bid.py" line="-585"/>
        <source>Milestones</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>नियत</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Milestone amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../../ui/contracts/models.py" line="+20"/>
        <source>Milestone</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>नियत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Overdue</source>
        <translation>समय निकल गया</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="-354"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a milestone that is not funded yet</source>
        <translation>ऐसा माइलस्टोन हटाएँ जो अभी फ़ंड नहीं हुआ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Milestones</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client funded</source>
        <translation>क्लाइंट ने फ़ंड किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client put this milestone&apos;s money in escrow</source>
        <translation>क्लाइंट ने इस माइलस्टोन की रकम एस्क्रो में डाल दी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit work…</source>
        <translation>काम सबमिट करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the work; the client has 14 days to answer</source>
        <translation>काम सबमिट करें; क्लाइंट के पास जवाब देने के लिए 14 दिन हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested…</source>
        <translation>बदलाव माँगे गए…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved…</source>
        <translation>मंज़ूर…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client released the escrow (all or part of it)</source>
        <translation>क्लाइंट ने एस्क्रो (पूरा या कुछ हिस्सा) जारी किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark paid</source>
        <translation>भुगतान हुआ मानें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money reached your balance</source>
        <translation>रकम आपके बैलेंस में आ गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escrow:</source>
        <translation>एस्क्रो:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contract value &lt;b&gt;{0}&lt;/b&gt; · released &lt;b&gt;{1}&lt;/b&gt; · in escrow &lt;b&gt;{2}&lt;/b&gt; · {3} milestones</source>
        <translation>कॉन्ट्रैक्ट मूल्य &lt;b&gt;{0}&lt;/b&gt; · जारी &lt;b&gt;{1}&lt;/b&gt; · एस्क्रो में &lt;b&gt;{2}&lt;/b&gt; · {3} माइलस्टोन</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Next: the client funds the milestone (escrow) before you start.</source>
        <translation>अगला कदम: काम शुरू करने से पहले क्लाइंट माइलस्टोन फ़ंड (एस्क्रो) करेगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funded: the money is safe in escrow. Submit the work when done.</source>
        <translation>फ़ंडेड: रकम एस्क्रो में सुरक्षित है। काम पूरा होने पर सबमिट करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted: the client approves or asks for changes; otherwise it is approved automatically 14 days after submission.</source>
        <translation>सबमिट हो गया: क्लाइंट मंज़ूर करेगा या बदलाव माँगेगा; वरना सबमिट करने के 14 दिन बाद अपने-आप मंज़ूर हो जाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes requested: make them and submit again.</source>
        <translation>बदलाव माँगे गए: उन्हें करें और फिर से सबमिट करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved: the payment is available 5 days after it was processed.</source>
        <translation>मंज़ूर: भुगतान प्रोसेस होने के 5 दिन बाद उपलब्ध होगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid.</source>
        <translation>भुगतान हो गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the milestones agreed with the client.</source>
        <translation>क्लाइंट के साथ तय हुए माइलस्टोन जोड़ें।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Submit Work</source>
        <translation>काम सबमिट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting “{0}”. If the client does not answer, it is approved automatically on {1:%a %b %d, %H:%M} UTC.</source>
        <translation>“{0}” सबमिट हो रहा है। क्लाइंट जवाब न दे तो यह {1:%a %b %d, %H:%M} UTC को अपने-आप मंज़ूर हो जाएगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes Requested</source>
        <translation>बदलाव माँगे गए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client asked for changes on “{0}”.</source>
        <translation>क्लाइंट ने “{0}” में बदलाव माँगे हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to change</source>
        <translation>क्या बदलना है</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Milestone Approved</source>
        <translation>माइलस्टोन मंज़ूर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much did the client release of {0}? A partial release rolls the rest into the next milestone. The payment is available on {1:%a %b %d}.</source>
        <translation>क्लाइंट ने {0} में से कितना जारी किया? आंशिक भुगतान होने पर बाकी रकम अगले माइलस्टोन में चली जाती है। भुगतान {1:%a %b %d} को उपलब्ध होगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Milestone “{0}” removed</source>
        <translation>माइलस्टोन “{0}” हटाया गया</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../ui/payments/chart.py" line="+56"/>
        <source>Monthly net earnings and fees chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Service fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No earnings in this period yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/profile/fields.py" line="+19"/>
        <source>Say what you do for clients, the results you deliver and how you work. Lead with the outcome: only the first {n} characters show before “more”. End with an invitation to get in touch.</source>
        <translation>बताइए कि आप क्लाइंट के लिए क्या करते हैं, क्या नतीजे देते हैं और कैसे काम करते हैं। शुरुआत नतीजे से करें: “more” से पहले सिर्फ़ पहले {n} अक्षर दिखते हैं। आख़िर में संपर्क करने का न्योता दें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overview</source>
        <translation>ओवरव्यू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I help early-stage SaaS teams ship reliable Django back ends…</source>
        <translation>मैं शुरुआती SaaS टीमों को भरोसेमंद Django बैक-एंड बनाने में मदद करता/करती हूँ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What clients see before “more”</source>
        <translation>“more” से पहले क्लाइंट क्या देखते हैं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overview preview</source>
        <translation>ओवरव्यू का पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{chars} characters · {words} words (aim for {aim}+)</source>
        <translation>{chars} अक्षर · {words} शब्द (लक्ष्य {aim}+)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your first {n} characters will appear here.</source>
        <translation>आपके पहले {n} अक्षर यहाँ दिखेंगे।</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../ui/payments/tab.py" line="+118"/>
        <location line="+845"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-815"/>
        <source>Import Upwork &amp;Transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Upwork transaction statements or Weekly Summary exports (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Ledger as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transactions shown in the ledger, for your accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Earnings &amp;Statement (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Earning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;Withdrawal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Ref ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No transactions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an Upwork transaction statement (CSV) with File ▸ Import Upwork Transactions (Ctrl+Shift+I), or record earnings as your contracts pay out (Ctrl+Shift+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+236"/>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-227"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly pay the client can still review (until Friday 23:59 UTC after the week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved pay waiting out Upwork&apos;s security period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can withdraw now, after fees and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawals since January 1 (withdrawal fees in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search description, client, Ref ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Selected transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals of the shown transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add Method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add withdrawal method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit withdrawal method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+425"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-424"/>
        <source>Retire or restore the withdrawal method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Withdrawal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Home currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balances are also shown in this currency, at the last exchange rate recorded on a withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawal methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Withdrawals&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{year} · fees {fees}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{amount} more later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing pending — all earnings are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{count} transactions · billed {gross} · fees {fee} · balance change &lt;b&gt;{net}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Monthly net earnings and service fees — {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gross billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fees ({r}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Net earnings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Take-home&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly: billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after fees and Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import Upwork transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {added} transaction(s); {skipped} already in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.

{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Earning recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a withdrawal method first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal method added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Method saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transaction saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {n} transaction(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{t} — Edit ▸ Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>Cannot write {p}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Exported {n} transaction(s) to {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report exported to {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export earnings statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Statement saved to {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../ui/profile/photo.py" line="+54"/>
        <source>No photo yet</source>
        <translation>अभी कोई फ़ोटो नहीं</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No photo</source>
        <translation>कोई फ़ोटो नहीं</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="+111"/>
        <location line="+2"/>
        <source>Job posting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../ui/profile/lists.py" line="-277"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Checkout redesign for a coffee brand</source>
        <translation>जैसे किसी कॉफ़ी ब्रांड के चेकआउट का नया डिज़ाइन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>आपकी भूमिका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Lead developer</source>
        <translation>जैसे लीड डेवलपर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, e.g. Shopify, Liquid</source>
        <translation>कॉमा से अलग करें, जैसे Shopify, Liquid</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+9"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The problem, what you did, and the result.</source>
        <translation>समस्या, आपने क्या किया, और नतीजा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate</source>
        <translation>सर्टिफ़िकेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. AWS Certified Developer – Associate</source>
        <translation>जैसे AWS Certified Developer – Associate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>जारी करने वाला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Amazon Web Services</source>
        <translation>जैसे Amazon Web Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>जारी हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential ID</source>
        <translation>क्रेडेंशियल आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential link</source>
        <translation>क्रेडेंशियल लिंक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Senior backend engineer</source>
        <translation>जैसे सीनियर बैकएंड इंजीनियर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, country or Remote</source>
        <translation>शहर, देश या रिमोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I currently work here</source>
        <translation>मैं अभी यहाँ काम करता/करती हूँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>School</source>
        <translation>स्कूल/कॉलेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree</source>
        <translation>डिग्री</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. BSc</source>
        <translation>जैसे BSc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of study</source>
        <translation>पढ़ाई का विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (year)</source>
        <translation>से (वर्ष)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (year)</source>
        <translation>तक (वर्ष)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficiency</source>
        <translation>दक्षता</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Portfolio</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show finished work: what the client needed, your role and the result. Images show as thumbnails.</source>
        <translation>पूरा किया गया काम दिखाएँ: क्लाइंट को क्या चाहिए था, आपकी भूमिका और नतीजा। तस्वीरें थंबनेल के रूप में दिखती हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No portfolio items yet</source>
        <translation>अभी कोई पोर्टफ़ोलियो आइटम नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one finished project with your role and the result — profiles with work samples win more interviews.</source>
        <translation>अपनी भूमिका और नतीजे के साथ एक पूरा प्रोजेक्ट जोड़ें — काम के नमूनों वाली प्रोफ़ाइल को ज़्यादा इंटरव्यू मिलते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certifications</source>
        <translation>सर्टिफ़िकेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current certificates back up the skills you list. You are warned {days} days before one expires.</source>
        <translation>मौजूदा सर्टिफ़िकेट आपकी बताई स्किल्स को मज़बूत करते हैं। किसी के ख़त्म होने से {days} दिन पहले आपको चेतावनी मिलेगी।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certifications yet</source>
        <translation>अभी कोई सर्टिफ़िकेशन नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a certificate with its issuer, dates and credential link.</source>
        <translation>जारी करने वाले, तारीखों और क्रेडेंशियल लिंक के साथ सर्टिफ़िकेट जोड़ें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment history</source>
        <translation>नौकरी का इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past and current roles, most relevant first.</source>
        <translation>पिछली और मौजूदा भूमिकाएँ, सबसे ज़रूरी पहले।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No employment history yet</source>
        <translation>अभी नौकरी का कोई इतिहास नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the roles that show the experience clients hire you for.</source>
        <translation>वे भूमिकाएँ जोड़ें जो वह अनुभव दिखाती हैं जिसके लिए क्लाइंट आपको हायर करते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools, degrees and courses.</source>
        <translation>स्कूल, डिग्रियाँ और कोर्स।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No education yet</source>
        <translation>अभी शिक्षा की कोई जानकारी नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a degree, course or bootcamp.</source>
        <translation>कोई डिग्री, कोर्स या बूटकैंप जोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most clients check your English level first.</source>
        <translation>ज़्यादातर क्लाइंट सबसे पहले आपकी अंग्रेज़ी का स्तर देखते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No languages yet</source>
        <translation>अभी कोई भाषा नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the languages you work in and how well you speak them.</source>
        <translation>वे भाषाएँ जोड़ें जिनमें आप काम करते हैं और उन्हें कितनी अच्छी तरह बोलते हैं।</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/profile/tab.py" line="+55"/>
        <source>Basics</source>
        <translation>बुनियादी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>ओवरव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>सर्टिफ़िकेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>नौकरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profile:</source>
        <translation>प्रोफ़ाइल:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile being edited</source>
        <translation>जिस प्रोफ़ाइल को बदल रहे हैं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New specialized</source>
        <translation>नई स्पेशलाइज़्ड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>कॉपी बनाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete profile</source>
        <translation>प्रोफ़ाइल हटाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save status</source>
        <translation>सेव की स्थिति</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>एक्सपोर्ट…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile sections</source>
        <translation>प्रोफ़ाइल के हिस्से</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>You have the most specialized profiles allowed (2); delete one first.</source>
        <translation>आपके पास अधिकतम स्पेशलाइज़्ड प्रोफ़ाइलें (2) हैं; पहले एक हटाएँ।</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not saved: {error}</source>
        <translation>सेव नहीं हुआ: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes</source>
        <translation>बिना सेव किए बदलाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes saved</source>
        <translation>सभी बदलाव सेव हो गए</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved profile changes</source>
        <translation>प्रोफ़ाइल में बिना सेव किए बदलाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These changes cannot be saved as they are:

{problems}

Discard them?</source>
        <translation>ये बदलाव ऐसे ही सेव नहीं हो सकते:

{problems}

इन्हें छोड़ दें?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Duplicate profile</source>
        <translation>प्रोफ़ाइल की कॉपी बनाएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New specialized profile</source>
        <translation>नई स्पेशलाइज़्ड प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created “{name}”. Give it a name and a specific title.</source>
        <translation>“{name}” बनाई गई। इसे एक नाम और साफ़ शीर्षक दें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted “{name}” — Edit ▸ Undo brings it back.</source>
        <translation>“{name}” हटाई गई — संपादन ▸ पूर्ववत करें से वापस आएगी।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a profile photo</source>
        <translation>प्रोफ़ाइल फ़ोटो चुनें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images ({patterns})</source>
        <translation>तस्वीरें ({patterns})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photo: {name} is not an image Qt can read.</source>
        <translation>फ़ोटो: {name} ऐसी तस्वीर नहीं है जिसे Qt पढ़ सके।</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Deleted “{title}” — Edit ▸ Undo brings it back.</source>
        <translation>“{title}” हटाया गया — संपादन ▸ पूर्ववत करें से वापस आएगा।</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Nothing to copy yet — the {what} is empty.</source>
        <translation>अभी कॉपी करने को कुछ नहीं — {what} खाली है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the {what} ({n:,} characters) — paste it into the marketplace.</source>
        <translation>{what} कॉपी हो गया ({n:,} अक्षर) — इसे मार्केटप्लेस में पेस्ट करें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Profile…</source>
        <translation>प्रोफ़ाइल एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Profile as PDF…</source>
        <translation>प्रोफ़ाइल PDF के रूप में सेव करें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Portfolio Item…</source>
        <translation>पोर्टफ़ोलियो आइटम जोड़ें…</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../ui/proposals/editor.py" line="+78"/>
        <source>Proposal editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to another status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the job in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bid summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposal pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bid &amp;&amp; fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Questions &amp;&amp; files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+91"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invitation · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Questions &amp;&amp; files ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers &lt;a href=&apos;posting&apos;&gt;{title}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{spent} spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not linked to a saved job — enter the client and the Connects by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Boost outbid — refund {n} Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bid &lt;b&gt;{gross}{per}&lt;/b&gt; → you receive &lt;b&gt;{net}{per}&lt;/b&gt; after a {fee} fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:#b45309&apos;&gt;No bid amount yet&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} Connects ({cost})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance {have} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} Connects spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ ready to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Job cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client cancelled the job without hiring. Upwork refunds the {n} Connects spent on it; they go back to your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark this proposal {status}? The {n} Connects spent on it are not refunded (Upwork refunds only when the client cancels the job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> A contract with the bid&apos;s terms is created in the Contracts tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congratulations! Mark this proposal hired?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal marked {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not ready to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting needs {n} Connects but you have {have}. Buy at least {buy} in the Connects ledger, or record your real balance there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit this proposal? It spends {n} Connects ({cost}); your balance goes from {have} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worth a look first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter and answers are kept exactly as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} boost Connects back in your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contract not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contract “{title}” created from the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <location filename="../../ui/proposals/list_model.py" line="+95"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../ui/proposals/tab.py" line="+45"/>
        <location line="+15"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title, letter, client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects ledger: grants, purchases, spends, refunds and expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No proposal selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one on the left, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proposal matches this filter or search. Try “All proposals”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No proposals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a job in the Jobs tab and choose “Draft proposal”, or start one without a job. Drafts save as you type, even offline — and every bid shows what it nets after fees and Connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Delete Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Copy Proposal for Upwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates and Snippets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{shown} shown · {drafts} drafts · {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b style=&apos;color:#b45309&apos;&gt;{n} follow-up due&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing all proposals, so this one stays in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No draft created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal deleted — Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{n} proposal(s) due for a follow-up — filter “Follow-up due”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/contracts/upcoming.py" line="+135"/>
        <source>Reminders</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dismiss reminders</source>
        <translation>रिमाइंडर हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>and {0} more in the Upcoming strip</source>
        <translation>और {0} आगे आने वाली पट्टी में</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="-458"/>
        <source>Letter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now — {chars:,} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As sent — {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A version is kept every few minutes while you type, and before a template or a restore replaces the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/settings/security.py" line="+24"/>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Encrypt the database</source>
        <translation>डेटाबेस एन्क्रिप्ट करें</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Protect it with a passphrase instead of the system keyring</source>
        <translation>सिस्टम कीरिंग की जगह पासफ़्रेज़ से सुरक्षित करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat passphrase</source>
        <translation>पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {0} characters. It is never stored: you type it each time the app starts, and without it the data cannot be opened.</source>
        <translation>कम से कम {0} अक्षर। इसे कहीं सेव नहीं किया जाता: ऐप हर बार शुरू होने पर आप इसे टाइप करते हैं, और इसके बिना डेटा नहीं खुल सकता।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt</source>
        <translation>एन्क्रिप्ट करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase:</source>
        <translation>पासफ़्रेज़:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat:</source>
        <translation>दोबारा:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Show Recovery Key</source>
        <translation>रिकवरी कुंजी दिखाएँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hidden</source>
        <translation>छिपी हुई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the recovery key down and keep it apart from this computer. It opens the data and its backups on another machine, or if the keyring is lost.</source>
        <translation>रिकवरी कुंजी लिखकर इस कंप्यूटर से अलग रखें। इससे डेटा और उसके बैकअप दूसरी मशीन पर, या कीरिंग खो जाने पर खुल जाते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypt…</source>
        <translation>डिक्रिप्ट करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the database unencrypted</source>
        <translation>डेटाबेस बिना एन्क्रिप्शन के रखें</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>पासफ़्रेज़ में कम से कम {0} अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypting</source>
        <translation>एन्क्रिप्ट हो रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is encrypted.</source>
        <translation>डेटाबेस एन्क्रिप्ट हो गया है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypt the database</source>
        <translation>डेटाबेस डिक्रिप्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the database unencrypted? Anyone who can read your files — another user, a backup service, a stolen laptop — could then read your clients, contracts and earnings. Existing backups stay encrypted.</source>
        <translation>डेटाबेस बिना एन्क्रिप्शन के रखें? तब जो भी आपकी फ़ाइलें पढ़ सकता है — कोई दूसरा यूज़र, बैकअप सेवा, चोरी हुआ लैपटॉप — वह आपके क्लाइंट, कॉन्ट्रैक्ट और कमाई देख सकेगा। मौजूदा बैकअप एन्क्रिप्टेड ही रहेंगे।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decrypting</source>
        <translation>डिक्रिप्ट हो रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is no longer encrypted.</source>
        <translation>डेटाबेस अब एन्क्रिप्टेड नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no key found)</source>
        <translation>(कोई कुंजी नहीं मिली)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+24"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings pages</source>
        <translation>सेटिंग्स के पन्ने</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+27"/>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search shortcuts</source>
        <translation>शॉर्टकट खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of an action&apos;s name, a menu or a key to filter the table</source>
        <translation>तालिका छाँटने के लिए किसी काम का नाम, मेन्यू या कुंजी लिखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search actions or keys…</source>
        <translation>काम या कुंजियाँ खोजें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>खोजें (&amp;F):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shortcuts</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>काम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n शॉर्टकट</numerusform>
            <numerusform>%n शॉर्टकट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../../ui/profile/skills.py" line="+32"/>
        <source>Clients search by skill. List up to {n}, most important first; the first ones show on your profile card.</source>
        <translation>क्लाइंट स्किल से खोजते हैं। {n} तक स्किल्स लिखें, सबसे ज़रूरी पहले; पहली कुछ आपके प्रोफ़ाइल कार्ड पर दिखती हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New skill</source>
        <translation>नई स्किल</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Type a skill, e.g. Django, and press Enter</source>
        <translation>कोई स्किल लिखें, जैसे Django, और Enter दबाएँ</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add skill</source>
        <translation>स्किल जोड़ें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skills, in order</source>
        <translation>स्किल्स, क्रम से</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>ऊपर करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>नीचे करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>#{n} of your skills</source>
        <translation>आपकी स्किल्स में #{n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is already in your list.</source>
        <translation>{name} पहले से आपकी सूची में है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skills: at most {n} — remove one to add {name}.</source>
        <translation>स्किल्स: अधिकतम {n} — {name} जोड़ने के लिए एक हटाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add skill {name}</source>
        <translation>स्किल {name} जोड़ें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove skill {name}</source>
        <translation>स्किल {name} हटाएँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move skill {name}</source>
        <translation>स्किल {name} खिसकाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reorder skills</source>
        <translation>स्किल्स का क्रम बदलें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skills: at most {n} — remove one to add another</source>
        <translation>स्किल्स: अधिकतम {n} — दूसरी जोड़ने के लिए एक हटाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of {most} skills — add at least {min}.</source>
        <translation>{most} में से {count} स्किल्स — कम से कम {min} जोड़ें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of {most} skills. Drag to reorder.</source>
        <translation>{most} में से {count} स्किल्स। क्रम बदलने के लिए खींचें।</translation>
    </message>
</context>
<context>
    <name>StrengthPanel</name>
    <message>
        <location filename="../../ui/profile/strength.py" line="+30"/>
        <location line="+4"/>
        <source>Profile strength</source>
        <translation>प्रोफ़ाइल की मज़बूती</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile strength score</source>
        <translation>प्रोफ़ाइल मज़बूती स्कोर</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile checklist</source>
        <translation>प्रोफ़ाइल चेकलिस्ट</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy, ready to paste</source>
        <translation>कॉपी करें, पेस्ट के लिए तैयार</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>ओवरव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole profile</source>
        <translation>पूरी प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy {what}</source>
        <translation>{what} कॉपी करें</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} thing(s) to improve — click one to go there.</source>
        <translation>{n} चीज़ें सुधारनी हैं — वहाँ जाने के लिए किसी पर क्लिक करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on the checklist is done.</source>
        <translation>चेकलिस्ट का सब काम पूरा है।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Go to {field}</source>
        <translation>{field} पर जाएँ</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="+123"/>
        <source>Templates and snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="-459"/>
        <source>Timer</source>
        <translation>टाइमर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time on the timer</source>
        <translation>टाइमर पर समय</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo: what you are working on</source>
        <translation>मेमो: आप किस पर काम कर रहे हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>Start timer</source>
        <translation>टाइमर शुरू करें</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>पिछला सप्ताह</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next week</source>
        <translation>अगला सप्ताह</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>यह सप्ताह</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hours against the weekly limit</source>
        <translation>साप्ताहिक सीमा के मुक़ाबले घंटे</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time entries of the week</source>
        <translation>सप्ताह की समय प्रविष्टियाँ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add manual time…</source>
        <translation>मैन्युअल समय जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry (Edit ▸ Undo brings it back)</source>
        <translation>चुनी हुई प्रविष्टि हटाएँ (संपादन ▸ पूर्ववत करें से वापस आ जाएगी)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> · billed</source>
        <translation> · बिल हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} h worked · {1} billable{2}</source>
        <translation>{0} घंटे काम · {1} बिल योग्य{2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h billable at {1}/h</source>
        <translation>{0} घंटे बिल योग्य, {1}/घंटा पर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1} h weekly limit</source>
        <translation>{1} घंटे की साप्ताहिक सीमा में से {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ {0} h over the weekly limit: recorded but not billed (marked red below).</source>
        <translation>⚠ साप्ताहिक सीमा से {0} घंटे ऊपर: दर्ज है पर बिल नहीं होगा (नीचे लाल रंग में)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Nearing the weekly limit: {0} h left this week; time beyond it is not billed.</source>
        <translation>⚠ साप्ताहिक सीमा नज़दीक है: इस सप्ताह {0} घंटे बाकी; इससे ज़्यादा समय बिल नहीं होगा।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Diary editable until {0:%a %b %d, %H:%M} UTC</source>
        <translation>डायरी {0:%a %b %d, %H:%M} UTC तक बदली जा सकती है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diary closed {0:%a %b %d, %H:%M} UTC — read only</source>
        <translation>डायरी {0:%a %b %d, %H:%M} UTC को बंद हुई — सिर्फ़ पढ़ने के लिए</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop timer</source>
        <translation>टाइमर बंद करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch timer here</source>
        <translation>टाइमर यहाँ लाएँ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timer is running on “{0}”. Switching stops it there and starts it here.</source>
        <translation>टाइमर “{0}” पर चल रहा है। बदलने पर वहाँ बंद होकर यहाँ शुरू होगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contract is {0}; time can be logged on active contracts.</source>
        <translation>कॉन्ट्रैक्ट {0} है; समय सिर्फ़ सक्रिय कॉन्ट्रैक्ट पर दर्ज हो सकता है।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This contract does not allow manual time</source>
        <translation>इस कॉन्ट्रैक्ट में मैन्युअल समय की अनुमति नहीं है</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Timer stopped: {0} h on “{1}”</source>
        <translation>टाइमर बंद: “{1}” पर {0} घंटे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timer stopped under half a minute: nothing recorded</source>
        <translation>टाइमर आधे मिनट से पहले बंद हुआ: कुछ दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timer started on “{0}”</source>
        <translation>“{0}” पर टाइमर शुरू हुआ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added {0} h of manual time</source>
        <translation>{0} घंटे का मैन्युअल समय जोड़ा गया</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Time entry deleted — Edit ▸ Undo brings it back</source>
        <translation>समय प्रविष्टि हटाई गई — संपादन ▸ पूर्ववत करें से वापस आएगी</translation>
    </message>
</context>
<context>
    <name>TimerIndicator</name>
    <message>
        <location filename="../../ui/contracts/tab.py" line="-298"/>
        <source>Running timer</source>
        <translation>चल रहा टाइमर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the contract with the running timer</source>
        <translation>जिस कॉन्ट्रैक्ट पर टाइमर चल रहा है, उसे दिखाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop the timer</source>
        <translation>टाइमर बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the timer (Ctrl+Shift+T)</source>
        <translation>टाइमर बंद करें (Ctrl+Shift+T)</translation>
    </message>
</context>
<context>
    <name>UpcomingStrip</name>
    <message>
        <location filename="../../ui/contracts/upcoming.py" line="-128"/>
        <source>Upcoming deadlines</source>
        <translation>आने वाली समय-सीमाएँ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Upcoming&lt;/b&gt;</source>
        <translation>&lt;b&gt;आगे&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing due in the next two weeks.</source>
        <translation>अगले दो सप्ताह में कुछ बाकी नहीं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More upcoming deadlines</source>
        <translation>और आने वाली समय-सीमाएँ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>+{0} more</source>
        <translation>+{0} और</translation>
    </message>
</context>
<context>
    <name>WeekBars</name>
    <message>
        <location filename="../../ui/contracts/week.py" line="+23"/>
        <source>Hours per day this week</source>
        <translation>इस सप्ताह प्रतिदिन घंटे</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="+32"/>
        <source>Record a withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record anyway (earlier statements are not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record beyond the available balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xchange rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+39"/>
        <source>Add a withdrawal method first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{cur} per USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Available: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Available {a}. {amount} leaves your balance ({fee} fee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;That is more than the available balance.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the amount withdrawn in USD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AnswerRow</name>
    <message>
        <location filename="../../ui/proposals/extras.py" line="-219"/>
        <source>The client&apos;s question, as in the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="-496"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>_TemplateEditor</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="-115"/>
        <source>Saved {kind}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hi {client_name},

I read your post about {job_title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A paragraph you reuse, e.g. your process or a past result. Placeholders work here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Delete {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Placeholders: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="+33"/>
        <source>System default</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/tasks.py" line="+111"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/widgets/conversation.py" line="-127"/>
        <source>Delete conversation entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
