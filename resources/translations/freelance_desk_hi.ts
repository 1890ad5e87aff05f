<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="+433"/>
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
        <location filename="../../ui/settings/appearance.py" line="+17"/>
        <location filename="../../ui/settings/dialog.py" line="+67"/>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance and language</source>
        <translation>रूप-रंग और भाषा</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+13"/>
        <source>The new language is used the next time you start Freelance Desk.</source>
        <translation>नई भाषा अगली बार Freelance Desk शुरू करने पर लागू होगी।</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/settings/backups.py" line="+26"/>
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
        <location line="+6"/>
        <location line="+23"/>
        <location filename="../../ui/settings/dialog.py" line="-1"/>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>A backup is made automatically once a day — when you quit, or while the app stays open — and checked before it is kept. Backups you make by hand are never deleted automatically. Backups of an encrypted database are encrypted with the same key.</source>
        <translation>दिन में एक बार अपने-आप बैकअप बनता है — ऐप बंद करते समय, या ऐप खुला रहने पर भी — और रखने से पहले जाँचा जाता है। हाथ से बनाए बैकअप कभी अपने-आप नहीं हटते। एन्क्रिप्टेड डेटाबेस के बैकअप उसी कुंजी से एन्क्रिप्ट होते हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic backups to keep</source>
        <translation>कितने स्वचालित बैकअप रखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> automatic backups</source>
        <translation> स्वचालित बैकअप</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>Banner</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="+37"/>
        <location filename="../../ui/workspace_live.py" line="+157"/>
        <source>Workspace status</source>
        <translation>वर्कस्पेस की स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_live.py" line="+9"/>
        <source>The workspace server cannot be reached. Your changes are kept on this computer and sent when it is back.</source>
        <translation>वर्कस्पेस सर्वर तक नहीं पहुँचा जा सकता। आपके बदलाव इसी कंप्यूटर पर रखे गए हैं और सर्वर लौटने पर भेज दिए जाएँगे।</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n change(s) made while offline were not sent: someone else saved the same thing meanwhile. Open it and press Merge….</source>
        <translation>
            <numerusform>ऑफ़लाइन रहते किया गया %n बदलाव नहीं भेजा गया: इस बीच किसी और ने वही चीज़ सहेजी। उसे खोलें और मर्ज… दबाएँ।</numerusform>
            <numerusform>ऑफ़लाइन रहते किए गए %n बदलाव नहीं भेजे गए: इस बीच किसी और ने वही चीज़ सहेजी। उसे खोलें और मर्ज… दबाएँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server refused %n payment(s) recorded while offline: Payments says why.</source>
        <translation>
            <numerusform>सर्वर ने ऑफ़लाइन रहते दर्ज %n भुगतान अस्वीकार किया: कारण पेमेंट्स में देखें।</numerusform>
            <numerusform>सर्वर ने ऑफ़लाइन रहते दर्ज %n भुगतान अस्वीकार किए: कारण पेमेंट्स में देखें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../../ui/profile/fields.py" line="+163"/>
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
        <location line="+15"/>
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
        <location line="+118"/>
        <source>{currency} / hr</source>
        <translation>{currency} / घंटा</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>min. {m}</source>
        <translation>न्यूनतम {m}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hourly rate:</source>
        <translation>प्रति घंटा दर:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Availability</source>
        <translation>उपलब्धता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
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
        <location line="+5"/>
        <location line="+6"/>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <location line="+85"/>
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
        <location filename="../../ui/proposals/bid.py" line="+104"/>
        <source>Bid, fees and Connects</source>
        <translation>बोली, फ़ीस और Connects</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your bid</source>
        <translation>आपकी बोली</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly bid</source>
        <translation>प्रति घंटा बोली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-price bid</source>
        <translation>फ़िक्स्ड-प्राइस बोली</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled rate increase</source>
        <translation>तय समय पर रेट बढ़ोतरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled increase</source>
        <translation>कोई तय बढ़ोतरी नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate increase percent</source>
        <translation>दर बढ़ोतरी प्रतिशत</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By project</source>
        <translation>पूरे प्रोजेक्ट के लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price by project</source>
        <translation>पूरे प्रोजेक्ट की फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By milestones</source>
        <translation>माइलस्टोन के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price by milestones</source>
        <translation>माइलस्टोन के हिसाब से फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed price total</source>
        <translation>फ़िक्स्ड प्राइस कुल</translation>
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
        <translation>चुना हुआ माइलस्टोन हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone total</source>
        <translation>माइलस्टोन का कुल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bid problems</source>
        <translation>बोली की समस्याएँ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>per hour</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>रेट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Increase</source>
        <translation>बढ़ोतरी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate schedule</source>
        <translation>रेट का शेड्यूल</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What it nets</source>
        <translation>असल में कितना मिलेगा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee rule</source>
        <translation>फ़ीस का नियम</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fee for this contract</source>
        <translation>इस कॉन्ट्रैक्ट की फ़ीस</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <location line="+316"/>
        <source>Client pays</source>
        <translation>क्लाइंट देगा</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Service fee</source>
        <translation>सर्विस फ़ीस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You receive</source>
        <translation>आपको मिलेगा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount you want to receive</source>
        <translation>आप कितना पाना चाहते हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bid needed</source>
        <translation>ज़रूरी बोली</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Use this bid</source>
        <translation>यही बोली लगाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee on this contract</source>
        <translation>इस कॉन्ट्रैक्ट पर फ़ीस</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>− Upwork service fee</source>
        <translation>− Upwork सर्विस फ़ीस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= You receive</source>
        <translation>= आपको मिलेगा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To receive</source>
        <translation>पाने के लिए</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects to apply</source>
        <translation>अप्लाई करने के Connects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation or offer (free to answer)</source>
        <translation>इनविटेशन या ऑफ़र (जवाब देना मुफ़्त)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation</source>
        <translation>इनविटेशन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boost bid in Connects</source>
        <translation>Connects में बूस्ट बोली</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra Connects bid for the top 4 spots. You pay what you bid, nothing if outbid before the client looks.</source>
        <translation>ऊपर की 4 जगहों के लिए अतिरिक्त Connects की बोली। जितनी बोली, उतना ही भुगतान; क्लाइंट के देखने से पहले कोई आगे निकल जाए तो कुछ नहीं कटता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boost auction</source>
        <translation>बूस्ट नीलामी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects cost</source>
        <translation>Connects की लागत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects balance</source>
        <translation>Connects बैलेंस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects warning</source>
        <translation>Connects चेतावनी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects ledger…</source>
        <translation>Connects खाता…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Connects ledger</source>
        <translation>Connects खाता खोलें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To apply</source>
        <translation>अप्लाई करने के लिए</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boost</source>
        <translation>बूस्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Unknown ({rate}% assumed)</source>
        <translation>अज्ञात ({rate}% माना गया)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard ({rate}%)</source>
        <translation>सामान्य ({rate}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legacy contract ({rate}%)</source>
        <translation>पुराना कॉन्ट्रैक्ट ({rate}%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by the fee rule</source>
        <translation>फ़ीस के नियम से तय</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bid not saved</source>
        <translation>बोली सेव नहीं हुई</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Milestones not saved</source>
        <translation>माइलस्टोन सेव नहीं हुए</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many milestones</source>
        <translation>बहुत ज़्यादा माइलस्टोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposal takes at most {n} milestones.</source>
        <translation>एक प्रपोज़ल में ज़्यादा से ज़्यादा {n} माइलस्टोन हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone {n}</source>
        <translation>माइलस्टोन {n}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Billed with this client so far: {amount}</source>
        <translation>इस क्लाइंट से अब तक का बिल: {amount}</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Upwork takes {a} of the first {m1} you bill a client, {b} from {m2} to {m3}, and {c} above that (lifetime billings with that client; refunds lower them).</source>
        <translation>किसी क्लाइंट के पहले {m1} के बिल पर Upwork {a} लेता है, {m2} से {m3} तक {b}, और उससे ऊपर {c} (उस क्लाइंट से अब तक का कुल बिल; रिफ़ंड से यह घटता है)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upwork&apos;s fee is set per contract ({span}) when you submit the proposal; {rate} is assumed until you enter the contract&apos;s rate.</source>
        <translation>Upwork की फ़ीस प्रपोज़ल भेजते समय हर कॉन्ट्रैक्ट के लिए तय होती है ({span}); जब तक आप कॉन्ट्रैक्ट की दर नहीं डालते, {rate} माना गया है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upwork&apos;s fee is between {span}; {rate} cannot be right.</source>
        <translation>Upwork की फ़ीस {span} के बीच होती है; {rate} सही नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upwork takes {rate} of each payment on this contract (per-contract fee, {span}, fixed for the contract&apos;s life).</source>
        <translation>इस कॉन्ट्रैक्ट के हर भुगतान से Upwork {rate} लेता है (प्रति-कॉन्ट्रैक्ट फ़ीस, {span}, पूरे कॉन्ट्रैक्ट के लिए तय)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upwork takes a flat {rate} of each payment.</source>
        <translation>Upwork हर भुगतान से एक समान {rate} लेता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This legacy contract keeps it until {day}.</source>
        <translation>यह पुराना कॉन्ट्रैक्ट {day} तक इसी दर पर रहेगा।</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Then {steps}</source>
        <translation>फिर {steps}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{rate} across tiers</source>
        <translation>सभी स्तर मिलाकर {rate}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate}, assumed</source>
        <translation>{rate}, माना गया</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>✓ %n milestone(s) add up to the total</source>
        <translation>
            <numerusform>✓ %n माइलस्टोन का जोड़ कुल राशि के बराबर है</numerusform>
            <numerusform>✓ %n माइलस्टोन का जोड़ कुल राशि के बराबर है</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+8"/>
        <location line="+39"/>
        <source>/h</source>
        <translation>/घंटा</translation>
    </message>
    <message numerus="yes">
        <location line="-467"/>
        <location line="+244"/>
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>हर %n महीने</numerusform>
            <numerusform>हर %n महीने</numerusform>
        </translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Type what you want to receive to see the bid.</source>
        <translation>बोली देखने के लिए लिखें कि आप कितना पाना चाहते हैं।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bid {bid}{per} (fee {fee}) to receive {net}{per}</source>
        <translation>{net}{per} पाने के लिए {bid}{per} की बोली लगाएँ (फ़ीस {fee})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Milestones add up to {sum} (used as the total)</source>
        <translation>माइलस्टोन का जोड़ {sum} है (इसे ही कुल माना गया)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Milestones {sum} — {diff} {word} the total</source>
        <translation>माइलस्टोन {sum} — कुल से {diff} {word}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>short of</source>
        <translation>कम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>over</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auction closes 7 days after the job was posted (posting time unknown).</source>
        <translation>नीलामी जॉब पोस्ट होने के 7 दिन बाद बंद होती है (पोस्ट का समय पता नहीं)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The auction closed {when}; a boost no longer buys a top spot.</source>
        <translation>नीलामी {when} को बंद हो गई; अब बूस्ट से ऊपर की जगह नहीं मिलेगी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auction closed {when}.</source>
        <translation>नीलामी {when} को बंद हुई।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auction closes {when} (in {days} d {hours} h).</source>
        <translation>नीलामी {when} को बंद होगी ({days} दिन {hours} घंटे में)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} spent ({cost})</source>
        <translation>{n} ख़र्च ({cost})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} available now</source>
        <translation>अभी {n} उपलब्ध</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — free, it is an invitation</source>
        <translation> — मुफ़्त, यह इनविटेशन है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} Connects = {cost}{free}</source>
        <translation>{n} Connects = {cost}{free}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{have} now → {after} after submitting</source>
        <translation>अभी {have} → भेजने के बाद {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ {n} Connects short — buy a bundle or record your balance.</source>
        <translation>⚠ {n} Connects कम हैं — बंडल ख़रीदें या अपना बैलेंस दर्ज करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running low after this one.</source>
        <translation>इसके बाद Connects कम बचेंगे।</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <location filename="../../ui/tasks.py" line="+68"/>
        <source>Busy: an import is running. Try again when it has finished; nothing was changed.</source>
        <translation>व्यस्त: एक आयात चल रहा है। उसके पूरा होने पर फिर से कोशिश करें; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busy: an import is running ({percent}%). Try again when it has finished; nothing was changed.</source>
        <translation>व्यस्त: एक आयात चल रहा है ({percent}%)। उसके पूरा होने पर फिर से कोशिश करें; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busy: another Freelance Desk window or command is writing to this data folder. Try again in a moment; nothing was changed.</source>
        <translation>व्यस्त: Freelance Desk की कोई दूसरी विंडो या कमांड इस डेटा फ़ोल्डर में लिख रही है। थोड़ी देर में फिर से कोशिश करें; कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <location filename="../../ui/operations/clients.py" line="+23"/>
        <source>Add conversation entry</source>
        <translation>बातचीत की एंट्री जोड़ें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete conversation entry</source>
        <translation>बातचीत की एंट्री हटाएँ</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../ui/palette.py" line="+35"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Search everything</source>
        <translation>सब कुछ खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs, proposals, contracts, clients, transactions, settings, commands…</source>
        <translation>जॉब, प्रपोज़ल, कॉन्ट्रैक्ट, क्लाइंट, लेन-देन, सेटिंग्स, कमांड…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job</source>
        <translation>जॉब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing matches “{text}”.</source>
        <translation>“{text}” से कुछ मेल नहीं खाता।</translation>
    </message>
</context>
<context>
    <name>ConnectsLedgerModel</name>
    <message>
        <location filename="../../ui/proposals/ledger_model.py" line="+40"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money</source>
        <translation>रकम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
</context>
<context>
    <name>ConnectsReason</name>
    <message>
        <location filename="../../models/proposals.py" line="+81"/>
        <source>Monthly allowance</source>
        <translation>मासिक Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought</source>
        <translation>ख़रीदे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent on a proposal</source>
        <translation>प्रपोज़ल पर ख़र्च</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boost bid</source>
        <translation>बूस्ट बोली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>समाप्त हो गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance correction</source>
        <translation>बैलेंस सुधार</translation>
    </message>
</context>
<context>
    <name>ContractAmountField</name>
    <message>
        <location filename="../../models/contracts.py" line="+61"/>
        <source>hourly rate</source>
        <translation>घंटे का रेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>milestone amount</source>
        <translation>माइलस्टोन की रक़म</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released amount</source>
        <translation>जारी की गई रक़म</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bonus</source>
        <translation>बोनस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>रिफ़ंड</translation>
    </message>
</context>
<context>
    <name>ContractCommands</name>
    <message>
        <location filename="../../ui/idle.py" line="+221"/>
        <location filename="../../ui/operations/contracts.py" line="+48"/>
        <location line="+83"/>
        <source>Could not {0}: {1}</source>
        <translation>“{0}” नहीं हो सका: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/operations/contracts.py" line="-21"/>
        <location line="+22"/>
        <source>Discard idle time</source>
        <translation>निष्क्रिय समय हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/operations/contracts.py" line="-70"/>
        <source>Add manual time</source>
        <translation>मैन्युअल समय जोड़ें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete time entry</source>
        <translation>समय प्रविष्टि हटाएँ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit time entry</source>
        <translation>समय प्रविष्टि बदलें</translation>
    </message>
</context>
<context>
    <name>ContractDetail</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="+916"/>
        <location line="+129"/>
        <source>Contract detail</source>
        <translation>कॉन्ट्रैक्ट का विवरण</translation>
    </message>
    <message>
        <location line="-96"/>
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
        <location line="+11"/>
        <source>Contract pages</source>
        <translation>कॉन्ट्रैक्ट के पन्ने</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contract terms</source>
        <translation>कॉन्ट्रैक्ट की शर्तें</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contract&apos;s service fee</source>
        <translation>अनुबंध का सेवा शुल्क</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set fee</source>
        <translation>शुल्क तय करें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service fee set to {0}%</source>
        <translation>सेवा शुल्क {0}% तय किया गया</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversation and work log</source>
        <translation>बातचीत और काम का लॉग</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no client</source>
        <translation>कोई क्लाइंट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started {0}</source>
        <translation>{0} को शुरू हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended {0}</source>
        <translation>{0} को समाप्त हुआ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service fee: {0}% assumed, not known — enter the fee Upwork showed for this contract:</source>
        <translation>सेवा शुल्क: {0}% मान लिया गया है, पता नहीं — इस अनुबंध के लिए Upwork ने जो शुल्क दिखाया था, वह दर्ज करें:</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../ui/contracts/dialogs.py" line="-263"/>
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
        <location line="+4"/>
        <source>Fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This is an offer I have not accepted yet</source>
        <translation>यह एक ऑफ़र है जिसे मैंने अभी स्वीकार नहीं किया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>ऑफ़र</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location line="-54"/>
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
        <location line="+2"/>
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
        <location line="+6"/>
        <source>&amp;Fixed price ($)</source>
        <translation>फ़िक्स्ड प्राइस ($) (&amp;F)</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="-47"/>
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
        <location filename="../../ui/contracts/models.py" line="+77"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week / next</source>
        <translation>यह सप्ताह / अगला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>(deleted)</source>
        <translation>(हटाया गया)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{0} of {1} h</source>
        <translation>{0} / {1} घंटे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h</source>
        <translation>{0} घंटे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no milestones</source>
        <translation>कोई माइलस्टोन नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all milestones done</source>
        <translation>सभी माइलस्टोन पूरे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, due {1}</source>
        <translation>{0}, {1} तक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}/h</source>
        <translation>{0}/घंटा</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <location filename="../../models/contracts.py" line="-23"/>
        <source>Offer</source>
        <translation>ऑफ़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>अस्वीकार</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../../ui/contracts/tab.py" line="+86"/>
        <location line="+119"/>
        <location line="+132"/>
        <location line="+111"/>
        <source>Contracts</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>New &amp;Contract…</source>
        <translation>नया कॉन्ट्रैक्ट (&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start/Stop &amp;Timer</source>
        <translation>टाइमर शुरू/बंद करें (&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly Time&amp;sheet</source>
        <translation>साप्ताहिक टाइमशीट (&amp;S)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No contracts yet</source>
        <translation>अभी कोई कॉन्ट्रैक्ट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hired proposal becomes a contract here, or add one by hand (Ctrl+Shift+N). Track time against weekly limits and milestones through escrow.</source>
        <translation>जिस प्रपोज़ल पर आपको हायर किया गया, वह यहाँ कॉन्ट्रैक्ट बन जाता है, या ख़ुद जोड़ें (Ctrl+Shift+N)। साप्ताहिक सीमा के हिसाब से समय और एस्क्रो में माइलस्टोन पर नज़र रखें।</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+4"/>
        <source>Timesheet</source>
        <translation>टाइमशीट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly timesheet of all hourly contracts</source>
        <translation>सभी घंटेवार कॉन्ट्रैक्ट की साप्ताहिक टाइमशीट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hourly contract&apos;s week side by side (Ctrl+Shift+H)</source>
        <translation>हर घंटेवार कॉन्ट्रैक्ट का हफ़्ता एक साथ (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select a contract to see its time, milestones, earnings and feedback.</source>
        <translation>समय, माइलस्टोन, कमाई और फ़ीडबैक देखने के लिए कोई कॉन्ट्रैक्ट चुनें।</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Milestones approved automatically after {days} days: {0}</source>
        <translation>{days} दिन बाद अपने-आप मंज़ूर हुए माइलस्टोन: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed weeks billed to the Payments ledger: {0}</source>
        <translation>पेमेंट्स खाते में बिल किए गए बंद सप्ताह: {0}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Contract “{0}” added</source>
        <translation>कॉन्ट्रैक्ट “{0}” जोड़ा गया</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an active hourly contract to start the timer</source>
        <translation>टाइमर शुरू करने के लिए कोई सक्रिय प्रति घंटा कॉन्ट्रैक्ट चुनें</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timer stopped: {0} h on “{1}”</source>
        <translation>टाइमर बंद: “{1}” पर {0} घंटे</translation>
    </message>
</context>
<context>
    <name>ConversationWidget</name>
    <message>
        <location filename="../../ui/widgets/conversation.py" line="+179"/>
        <source>Conversation with the client</source>
        <translation>क्लाइंट से बातचीत</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversation entries</source>
        <translation>बातचीत की एंट्री</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No messages yet. Log what the client wrote, a call or an interview, or a note to yourself — with the time it happened.</source>
        <translation>अभी कोई संदेश नहीं। क्लाइंट ने जो लिखा, कोई कॉल या इंटरव्यू, या अपने लिए कोई नोट दर्ज करें — जिस समय यह हुआ, उसके साथ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of entry</source>
        <translation>एंट्री का प्रकार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When it happened</source>
        <translation>कब हुआ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry text</source>
        <translation>एंट्री का टेक्स्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said… (Ctrl+Enter to add)</source>
        <translation>क्या बात हुई… (जोड़ने के लिए Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add entry</source>
        <translation>एंट्री जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected entry</source>
        <translation>चुनी हुई एंट्री हटाएँ</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not added</source>
        <translation>नहीं जुड़ा</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not deleted</source>
        <translation>नहीं हटा</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash.py" line="+55"/>
        <source>Freelance Desk — busy</source>
        <translation>Freelance Desk — व्यस्त</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <message>
        <location line="+9"/>
        <source>Freelance Desk closed unexpectedly</source>
        <translation>Freelance Desk अचानक बंद हो गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freelance Desk stopped unexpectedly last time. Your saved data is safe. A crash report was kept:
{path}

It helps to include it when you report the problem.</source>
        <translation>पिछली बार Freelance Desk अचानक बंद हो गया था। आपका सहेजा गया डेटा सुरक्षित है। एक क्रैश रिपोर्ट रखी गई है:
{path}

समस्या की रिपोर्ट करते समय इसे साथ भेजना मददगार होगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show Report</source>
        <translation>रिपोर्ट दिखाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Crash report</source>
        <translation>क्रैश रिपोर्ट</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <location filename="../../ui/profile/photo.py" line="+220"/>
        <source>Crop your photo</source>
        <translation>अपनी फ़ोटो क्रॉप करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag the circle over your face; scroll or use the slider to zoom. Clients see what is inside the circle.</source>
        <translation>गोले को अपने चेहरे पर खींचें; ज़ूम के लिए स्क्रॉल करें या स्लाइडर इस्तेमाल करें। क्लाइंट को गोले के अंदर का हिस्सा दिखता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo crop area</source>
        <translation>फ़ोटो क्रॉप करने का हिस्सा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom:</source>
        <translation>ज़ूम:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>ज़ूम</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use photo</source>
        <translation>यह फ़ोटो लगाएँ</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../ui/data_actions.py" line="+91"/>
        <source>{app} — damaged data</source>
        <translation>{app} — ख़राब डेटा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Backup</source>
        <translation>बैकअप रीस्टोर करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data in {folder} cannot be opened.

{error}</source>
        <translation>{folder} का डेटा नहीं खुल सकता।

{error}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Freelance Desk was stopped part-way through a change last time. This start finished it or took it back, and removed what it left behind. Your data is whole.</source>
        <translation>पिछली बार Freelance Desk किसी बदलाव के बीच में ही रुक गया था। इस बार शुरू होते समय वह बदलाव पूरा किया गया या वापस लिया गया, और जो अधूरा छूटा था वह हटा दिया गया। आपका डेटा पूरा है।</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+45"/>
        <source>{0} cancelled; nothing was changed.</source>
        <translation>{0} रद्द हुआ; कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+65"/>
        <source>Wait until the backup in progress has finished.</source>
        <translation>चल रहा बैकअप पूरा होने तक इंतज़ार करें।</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The data cannot be opened again: {0}

Restart Freelance Desk.</source>
        <translation>डेटा फिर से नहीं खुल सका: {0}

Freelance Desk फिर से शुरू करें।</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Backing up</source>
        <translation>बैकअप हो रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written and verified: {0}</source>
        <translation>बैकअप बना और जाँचा गया: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <location line="+30"/>
        <source>Restore from Backup</source>
        <translation>बैकअप से रीस्टोर करें</translation>
    </message>
    <message>
        <location line="-36"/>
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
        <location line="+17"/>
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
        <source>{0} is encrypted with a key this computer does not have (or it is damaged). Type the passphrase or the recovery key of the data it was made from.</source>
        <translation>{0} ऐसी कुंजी से एन्क्रिप्टेड है जो इस कंप्यूटर पर नहीं है (या फ़ाइल ख़राब है)। जिस डेटा से यह बना था, उसका पासफ़्रेज़ या रिकवरी कुंजी लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>रीस्टोर करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>रीस्टोर रद्द हुआ; कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase or recovery key does not open {0}. Try again.</source>
        <translation>यह पासफ़्रेज़ या रिकवरी कुंजी {0} को नहीं खोलती। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Export All</source>
        <translation>सब एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The export is NOT encrypted: it holds every record — clients, contracts, earnings, payout details — as plain JSON in a zip file, readable by anyone who gets the file.</source>
        <translation>यह एक्सपोर्ट एन्क्रिप्टेड नहीं है: इसमें हर रिकॉर्ड — क्लाइंट, कॉन्ट्रैक्ट, कमाई, भुगतान पाने की जानकारी — zip फ़ाइल में सादे JSON के रूप में है, जिसे फ़ाइल पाने वाला कोई भी पढ़ सकता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it somewhere only you can read, and delete it when done. To move your data to another computer safely, copy a backup instead (it stays encrypted) and open it there with your recovery key.</source>
        <translation>इसे ऐसी जगह रखें जहाँ सिर्फ़ आप पढ़ सकें, और काम पूरा होने पर मिटा दें। डेटा को सुरक्षित ढंग से दूसरे कंप्यूटर पर ले जाना हो तो इसकी जगह बैकअप कॉपी करें (वह एन्क्रिप्टेड रहता है) और वहाँ अपनी रिकवरी कुंजी से खोलें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose File…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip आर्काइव (*.zip)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Exporting everything</source>
        <translation>सब कुछ एक्सपोर्ट हो रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {0} records and {1} files to {2} (not encrypted: keep it safe).</source>
        <translation>{0} रिकॉर्ड और {1} फ़ाइलें {2} में एक्सपोर्ट हुईं (एन्क्रिप्टेड नहीं: इसे सुरक्षित रखें)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import All</source>
        <translation>सब इंपोर्ट करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing everything</source>
        <translation>सब कुछ इंपोर्ट हो रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {0} records and {1} files.</source>
        <translation>{0} रिकॉर्ड और {1} फ़ाइलें इंपोर्ट हुईं।</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/contracts/upcoming.py" line="+40"/>
        <source>in {0} min</source>
        <translation>{0} मिनट में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} min ago</source>
        <translation>{0} मिनट पहले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {0} h</source>
        <translation>{0} घंटे में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} h ago</source>
        <translation>{0} घंटे पहले</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {0} days</source>
        <translation>{0} दिन में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} days ago</source>
        <translation>{0} दिन पहले</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>कल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>बीता कल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>milestone {0}</source>
        <translation>माइलस्टोन {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” overdue since {1}</source>
        <translation>“{0}” का समय {1} को निकल गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” due {1} ({2})</source>
        <translation>“{0}” की नियत तारीख {1} ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, not funded yet</source>
        <translation>, अभी फ़ंड नहीं हुआ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” approves automatically {1} ({2})</source>
        <translation>“{0}” {1} को अपने-आप मंज़ूर होगा ({2})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekly limit reached: {0} of {1} h; more time is not billed</source>
        <translation>साप्ताहिक सीमा पूरी: {1} में से {0} घंटे; इससे ज़्यादा समय का बिल नहीं बनेगा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} h this week; {2} h left</source>
        <translation>इस सप्ताह {1} में से {0} घंटे; {2} घंटे बाकी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last week&apos;s diary locks {0} ({1})</source>
        <translation>पिछले सप्ताह की डायरी {0} को लॉक होगी ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave feedback by {0} ({1})</source>
        <translation>{0} तक फ़ीडबैक दें ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offer waiting for your answer</source>
        <translation>ऑफ़र आपके जवाब का इंतज़ार कर रहा है</translation>
    </message>
</context>
<context>
    <name>DropImport</name>
    <message>
        <location filename="../../ui/drop.py" line="+49"/>
        <source>Not imported — not a statement, job file or archive: {files}</source>
        <translation>इंपोर्ट नहीं हुआ — यह स्टेटमेंट, जॉब फ़ाइल या आर्काइव नहीं है: {files}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import All</source>
        <translation>सब इंपोर्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import everything from {name}? This fills an empty data folder with the archive&apos;s records and files.</source>
        <translation>{name} से सब कुछ इंपोर्ट करें? इससे खाली डेटा फ़ोल्डर आर्काइव के रिकॉर्ड और फ़ाइलों से भर जाता है।</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../ui/labels.py" line="+61"/>
        <source>Less than 1 month</source>
        <translation>1 महीने से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 3 months</source>
        <translation>1 से 3 महीने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 6 months</source>
        <translation>3 से 6 महीने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 6 months</source>
        <translation>6 महीने से ज़्यादा</translation>
    </message>
</context>
<context>
    <name>EarningDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="+50"/>
        <source>Hourly work</source>
        <translation>प्रति घंटा काम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-price milestone</source>
        <translation>फ़िक्स्ड-प्राइस माइलस्टोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>बोनस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund to the client</source>
        <translation>क्लाइंट को रिफ़ंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects purchase</source>
        <translation>Connects की ख़रीद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership fee</source>
        <translation>मेंबरशिप फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other cost</source>
        <translation>अन्य ख़र्च</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>Record a cost</source>
        <translation>ख़र्च दर्ज करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an earning</source>
        <translation>कमाई दर्ज करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type:</source>
        <translation>प्रकार (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>तारीख (&amp;D):</translation>
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
        <translation>यह वह रकम है जो मुझे मिलती है (फ़ीस के बाद)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount is net of the fee</source>
        <translation>रकम फ़ीस काटकर है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee percent</source>
        <translation>फ़ीस प्रतिशत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Client:</source>
        <translation>क्लाइंट (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntract:</source>
        <translation>कॉन्ट्रैक्ट (&amp;N):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Hours × rate:</source>
        <translation>घंटे × रेट (&amp;H):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount:</source>
        <translation>रकम (&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the contract or the fee rules</source>
        <translation>कॉन्ट्रैक्ट या फ़ीस के नियमों से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee % (2025+):</source>
        <translation>फ़ीस % (2025+) (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>विवरण (&amp;E):</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A cost lowers your balance; it counts against take-home pay in the reports.</source>
        <translation>ख़र्च से आपका बैलेंस घटता है; रिपोर्ट में यह हाथ में आने वाली कमाई से घटाया जाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter an amount to see the fee.</source>
        <translation>फ़ीस देखने के लिए रकम लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiered</source>
        <translation>स्तरों वाली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (assumed)</source>
        <translation> (माना गया)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client pays &lt;b&gt;{gross}&lt;/b&gt; · Upwork fee &lt;b&gt;{fee}&lt;/b&gt; ({rate}{assumed}) · you receive &lt;b&gt;{net}&lt;/b&gt;&lt;br&gt;Available on {day}.&lt;br&gt;&lt;small&gt;{rule}&lt;/small&gt;</source>
        <translation>क्लाइंट देगा &lt;b&gt;{gross}&lt;/b&gt; · Upwork फ़ीस &lt;b&gt;{fee}&lt;/b&gt; ({rate}{assumed}) · आपको मिलेगा &lt;b&gt;{net}&lt;/b&gt;&lt;br&gt;{day} को उपलब्ध।&lt;br&gt;&lt;small&gt;{rule}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the amount paid.</source>
        <translation>चुकाई गई रकम लिखें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the amount (or hours and rate).</source>
        <translation>रकम लिखें (या घंटे और रेट)।</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="-471"/>
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
        <location line="+33"/>
        <source>Not in your balance yet: available on {0}</source>
        <translation>अभी आपके बैलेंस में नहीं: {0} को उपलब्ध होगा</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Billed &lt;b&gt;{0}&lt;/b&gt; · &lt;b&gt;{1}&lt;/b&gt; net after fees, of which &lt;b&gt;{2}&lt;/b&gt; available and &lt;b&gt;{3}&lt;/b&gt; pending</source>
        <translation>बिल किया &lt;b&gt;{0}&lt;/b&gt; · फ़ीस के बाद शुद्ध &lt;b&gt;{1}&lt;/b&gt;, जिसमें से &lt;b&gt;{2}&lt;/b&gt; उपलब्ध और &lt;b&gt;{3}&lt;/b&gt; लंबित</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bonuses possible until {0}</source>
        <translation>{0} तक बोनस मिल सकता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refunds (up to {0}) until {1}</source>
        <translation>रिफ़ंड ({0} तक) {1} तक</translation>
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
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location filename="../../ui/payments/dialogs.py" line="+274"/>
        <source>Edit transaction</source>
        <translation>लेन-देन बदलें</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>विवरण (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>क्लाइंट (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntract:</source>
        <translation>कॉन्ट्रैक्ट (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace server cannot be reached. Your change is kept on this computer, shown in Payments as not sent yet, and sent when the server is back.</source>
        <translation>वर्कस्पेस सर्वर तक नहीं पहुँचा जा सकता। आपका बदलाव इसी कंप्यूटर पर रखा जाएगा, पेमेंट्स में ‘अभी भेजा नहीं गया’ के रूप में दिखेगा, और सर्वर लौटने पर भेज दिया जाएगा।</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="+230"/>
        <source>End “{0}”</source>
        <translation>“{0}” समाप्त करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>A running timer on this contract is stopped. You then have {feedback_days} days to leave feedback; the client can send a bonus for {bonus_days} days.</source>
        <translation>इस कॉन्ट्रैक्ट पर चल रहा टाइमर बंद हो जाएगा। इसके बाद फ़ीडबैक देने के लिए आपके पास {feedback_days} दिन हैं; क्लाइंट {bonus_days} दिन तक बोनस भेज सकता है।</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <location filename="../../models/contracts.py" line="+79"/>
        <source>Work completed</source>
        <translation>काम पूरा हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ended the contract</source>
        <translation>क्लाइंट ने कॉन्ट्रैक्ट ख़त्म किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget exhausted</source>
        <translation>बजट ख़त्म हो गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client unresponsive</source>
        <translation>क्लाइंट जवाब नहीं दे रहा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope changed</source>
        <translation>काम का दायरा बदल गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more payments in the imported files</source>
        <translation>इम्पोर्ट की गई फ़ाइलों में इसके बाद कोई भुगतान नहीं</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../ui/contracts/models.py" line="+14"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From – to</source>
        <translation>से – तक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billable</source>
        <translation>बिल योग्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over limit</source>
        <translation>सीमा से ऊपर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>manual</source>
        <translation>मैन्युअल</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} h over the weekly limit: recorded, not billed</source>
        <translation>साप्ताहिक सीमा से {0} घंटे ऊपर: दर्ज है, बिल नहीं होगा</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="-112"/>
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
        <location filename="../../ui/profile/lists.py" line="+475"/>
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
        <location line="+41"/>
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
        <location line="-344"/>
        <source>Add {what}…</source>
        <translation>{what} जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+83"/>
        <source>Tick to show this item on this profile.</source>
        <translation>इस प्रोफ़ाइल पर यह आइटम दिखाने के लिए टिक करें।</translation>
    </message>
</context>
<context>
    <name>Experience</name>
    <message>
        <location filename="../../ui/labels.py" line="-8"/>
        <source>Entry level</source>
        <translation>शुरुआती स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>मध्यम स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>विशेषज्ञ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/profile/export.py" line="+99"/>
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
        <location line="+11"/>
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
        <location line="+20"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overview</source>
        <translation>ओवरव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate and details</source>
        <translation>दर और विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certifications</source>
        <translation>सर्टिफ़िकेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment history</source>
        <translation>नौकरी का इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../ui/proposals/extras.py" line="+65"/>
        <source>Screening questions and attachments</source>
        <translation>स्क्रीनिंग सवाल और अटैचमेंट</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Screening questions</source>
        <translation>स्क्रीनिंग सवाल</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The job asks no questions — or add them here as the post lists them, and answer each one.</source>
        <translation>जॉब में कोई सवाल नहीं है — या पोस्ट में दिए सवाल यहाँ जोड़ें और हर एक का जवाब दें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Add question</source>
        <translation>सवाल जोड़ें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attachments</source>
        <translation>अटैचमेंट</translation>
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
        <location line="+110"/>
        <source>Attach files</source>
        <translation>फ़ाइलें जोड़ें</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open attachment</source>
        <translation>अटैचमेंट खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove attachment</source>
        <translation>अटैचमेंट हटाएँ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Answers not saved</source>
        <translation>जवाब सेव नहीं हुए</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>File not attached</source>
        <translation>फ़ाइल नहीं जुड़ी</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not removed</source>
        <translation>नहीं हटा</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="-311"/>
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
        <location line="+408"/>
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
        <location line="+58"/>
        <source>Leave feedback…</source>
        <translation>फ़ीडबैक दें…</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The client&apos;s feedback to you</source>
        <translation>आपको क्लाइंट का फ़ीडबैक</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Record feedback…</source>
        <translation>फ़ीडबैक दर्ज करें…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Feedback is exchanged when the contract ends: both sides have {days} days, and neither sees the other&apos;s until both have left it (or the window closes).</source>
        <translation>फ़ीडबैक कॉन्ट्रैक्ट ख़त्म होने पर दिया जाता है: दोनों पक्षों के पास {days} दिन होते हैं, और जब तक दोनों न दे दें (या समय-सीमा ख़त्म न हो), कोई दूसरे का फ़ीडबैक नहीं देखता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Feedback window open&lt;/b&gt; until {0} ({1} days left).</source>
        <translation>&lt;b&gt;फ़ीडबैक का समय खुला है&lt;/b&gt; {0} तक ({1} दिन बाकी)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The feedback window closed on {0}.</source>
        <translation>फ़ीडबैक का समय {0} को बंद हो गया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;None yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;अभी कुछ नहीं।&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <location filename="../../ui/jobs/dialogs.py" line="+624"/>
        <location line="+1"/>
        <source>Job feeds</source>
        <translation>जॉब फ़ीड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RSS or Atom feeds of job searches (Upwork&apos;s, or any job board&apos;s). Refresh fetches them when you are online; jobs already in your library are recognised by their id.</source>
        <translation>जॉब सर्च की RSS या Atom फ़ीड (Upwork की, या किसी भी जॉब बोर्ड की)। ऑनलाइन होने पर रीफ़्रेश इन्हें ले आता है; लाइब्रेरी में पहले से मौजूद जॉब उनकी id से पहचाने जाते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feed address</source>
        <translation>फ़ीड का पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…/jobs.rss</source>
        <translation>https://…/jobs.rss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the feed</source>
        <translation>फ़ीड जोड़ें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feeds</source>
        <translation>फ़ीड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feed</source>
        <translation>फ़ीड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fetched</source>
        <translation>आख़िरी बार लाया गया</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following the selected feed</source>
        <translation>चुनी हुई फ़ीड को फ़ॉलो करना बंद करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh now</source>
        <translation>अभी रीफ़्रेश करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch every enabled feed now</source>
        <translation>हर चालू फ़ीड अभी लाएँ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetch {url}</source>
        <translation>{url} लाएँ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="+427"/>
        <source>Sent</source>
        <translation>भेजे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed</source>
        <translation>देखे गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewed</source>
        <translation>इंटरव्यू हुए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired</source>
        <translation>हायर हुए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>जीत की दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects / hire</source>
        <translation>Connects / हायर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money / hire</source>
        <translation>रकम / हायर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal figures</source>
        <translation>प्रपोज़ल के आँकड़े</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group figures by</source>
        <translation>आँकड़ों को इसके हिसाब से बाँटें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation>कुल मिलाकर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per profile</source>
        <translation>हर प्रोफ़ाइल के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per template</source>
        <translation>हर टेम्पलेट के हिसाब से</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation>आँकड़े</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A proposal counts as viewed, interviewed or hired once it has reached that stage. Connects are net of refunds; money is what those Connects cost.</source>
        <translation>कोई प्रपोज़ल उस चरण तक पहुँचते ही देखा गया, इंटरव्यू हुआ या हायर हुआ गिना जाता है। Connects रिफ़ंड घटाकर हैं; रकम उन Connects की लागत है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All proposals</source>
        <translation>सभी प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a profile</source>
        <translation>बिना प्रोफ़ाइल के</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No template</source>
        <translation>कोई टेम्पलेट नहीं</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../ui/jobs/filters.py" line="+30"/>
        <source>&lt; 1 month</source>
        <translation>&lt; 1 महीना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–3 months</source>
        <translation>1–3 महीने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3–6 months</source>
        <translation>3–6 महीने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6+ months</source>
        <translation>6+ महीने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 30 h/week</source>
        <translation>&lt; 30 घंटे/सप्ताह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30+ h/week</source>
        <translation>30+ घंटे/सप्ताह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed</source>
        <translation>ज़रूरत के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <location line="+113"/>
        <location line="+26"/>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 days</source>
        <translation>पिछले 3 दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 14 days</source>
        <translation>पिछले 14 दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Job filters</source>
        <translation>जॉब फ़िल्टर</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all filters</source>
        <translation>सारे फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every job again (except hidden ones)</source>
        <translation>सारे जॉब फिर से दिखाएँ (छिपे हुए छोड़कर)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None ticked: everything except hidden jobs</source>
        <translation>कुछ न चुना हो तो: छिपे हुए जॉब छोड़कर सब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job type</source>
        <translation>जॉब का प्रकार</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pay</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate at least</source>
        <translation>प्रति घंटा दर कम से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate at most</source>
        <translation>प्रति घंटा दर ज़्यादा से ज़्यादा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed budget at least</source>
        <translation>फ़िक्स्ड बजट कम से कम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed budget at most</source>
        <translation>फ़िक्स्ड बजट ज़्यादा से ज़्यादा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed budget</source>
        <translation>फ़िक्स्ड बजट</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Experience level</source>
        <translation>अनुभव का स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>शुरुआती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>विशेषज्ञ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project length</source>
        <translation>प्रोजेक्ट की अवधि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per week</source>
        <translation>प्रति सप्ताह घंटे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposals</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment verified</source>
        <translation>भुगतान वेरिफ़ाइड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client payment verified</source>
        <translation>क्लाइंट का भुगतान वेरिफ़ाइड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client has spent at least</source>
        <translation>क्लाइंट ने कम से कम इतना ख़र्च किया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spent</source>
        <translation>ख़र्च</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client hires at least</source>
        <translation>क्लाइंट की हायरिंग कम से कम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hires</source>
        <translation>हायर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client country</source>
        <translation>क्लाइंट का देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Any country</source>
        <translation>कोई भी देश</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted within</source>
        <translation>इतने समय में पोस्ट हुआ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted</source>
        <translation>पोस्ट हुआ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects to apply at most</source>
        <translation>अप्लाई करने के Connects ज़्यादा से ज़्यादा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or fewer</source>
        <translation> या कम</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Starred only</source>
        <translation>सिर्फ़ स्टार वाले</translation>
    </message>
</context>
<context>
    <name>FitReason</name>
    <message>
        <location filename="../../ui/jobs/reasons.py" line="+18"/>
        <source>The posting showed nothing about the client</source>
        <translation>पोस्ट में क्लाइंट के बारे में कुछ नहीं दिखा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method verified</source>
        <translation>भुगतान का तरीका वेरिफ़ाइड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method not verified</source>
        <translation>भुगतान का तरीका वेरिफ़ाइड नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has not spent anything yet</source>
        <translation>अभी तक कुछ ख़र्च नहीं किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent {amount}+</source>
        <translation>{amount}+ ख़र्च किए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has spent {amount}</source>
        <translation>{amount} ख़र्च किए हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated {rating}</source>
        <translation>रेटिंग {rating}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated {rating} from {n} reviews</source>
        <translation>{n} रिव्यू से रेटिंग {rating}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated {rating} from 1 review</source>
        <translation>1 रिव्यू से रेटिंग {rating}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated {rating} — freelancers were unhappy</source>
        <translation>रेटिंग {rating} — फ़्रीलांसर नाख़ुश थे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated {rating} from {n} reviews — freelancers were unhappy</source>
        <translation>{n} रिव्यू से रेटिंग {rating} — फ़्रीलांसर नाख़ुश थे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rated {rating} from 1 review — freelancers were unhappy</source>
        <translation>1 रिव्यू से रेटिंग {rating} — फ़्रीलांसर नाख़ुश थे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hires on {rate}% of posts</source>
        <translation>{rate}% पोस्ट पर हायर करता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires on only {rate}% of posts</source>
        <translation>सिर्फ़ {rate}% पोस्ट पर हायर करता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hires so far</source>
        <translation>अब तक {n} हायर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hire so far</source>
        <translation>अब तक 1 हायर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hires yet</source>
        <translation>अभी तक कोई हायर नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New to the marketplace ({days} days)</source>
        <translation>मार्केटप्लेस पर नया ({days} दिन)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add skills to your profile to judge the fit</source>
        <translation>मेल परखने के लिए अपनी प्रोफ़ाइल में स्किल्स जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches {matched} of {wanted} skills: {names}</source>
        <translation>{wanted} में से {matched} स्किल्स मेल खाती हैं: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the job&apos;s skills are on your profile</source>
        <translation>जॉब की कोई भी स्किल आपकी प्रोफ़ाइल में नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing: {names}</source>
        <translation>आपके पास नहीं: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title mentions {names}</source>
        <translation>शीर्षक में {names} का ज़िक्र है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job lists no skills and its title names none of yours</source>
        <translation>जॉब में कोई स्किल नहीं दी गई और शीर्षक में आपकी कोई स्किल नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set your hourly rate in Profile to judge the pay</source>
        <translation>भुगतान परखने के लिए प्रोफ़ाइल में अपनी प्रति घंटा दर डालें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly, rate not stated</source>
        <translation>प्रति घंटा, दर नहीं बताई गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays up to {top}/h; your rate is {rate}/h</source>
        <translation>{top}/घंटा तक देता है; आपकी दर {rate}/घंटा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tops out at {top}/h, below your {rate}/h</source>
        <translation>ज़्यादा से ज़्यादा {top}/घंटा, आपकी {rate}/घंटा से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget {budget} pays {hours} h at your {rate}/h</source>
        <translation>बजट {budget}: आपकी {rate}/घंटा दर पर {hours} घंटे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget {budget} pays less than an hour at your {rate}/h</source>
        <translation>बजट {budget}: आपकी {rate}/घंटा दर पर एक घंटे से भी कम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget not stated</source>
        <translation>बजट नहीं बताया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client unknown</source>
        <translation>क्लाइंट अज्ञात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client quality {value}/100 (strong)</source>
        <translation>क्लाइंट की गुणवत्ता {value}/100 (मज़बूत)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client quality {value}/100 (fair)</source>
        <translation>क्लाइंट की गुणवत्ता {value}/100 (ठीक-ठाक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client quality {value}/100 (weak)</source>
        <translation>क्लाइंट की गुणवत्ता {value}/100 (कमज़ोर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few proposals so far</source>
        <translation>अब तक कम प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many proposals already</source>
        <translation>पहले से कई प्रपोज़ल</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../ui/idle.py" line="-146"/>
        <source>You were away</source>
        <translation>आप दूर थे</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>You were away for %n minute(s) (since {0}) while the timer ran on “{1}”.</source>
        <translation>
            <numerusform>आप %n मिनट ({0} से) दूर थे, जबकि “{1}” पर टाइमर चलता रहा।</numerusform>
            <numerusform>आप %n मिनट ({0} से) दूर थे, जबकि “{1}” पर टाइमर चलता रहा।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What should happen to that time?</source>
        <translation>उस समय का क्या किया जाए?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Time</source>
        <translation>समय रखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard It, Keep the Timer Running</source>
        <translation>हटाएँ, टाइमर चलता रहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard It and Stop the Timer</source>
        <translation>हटाएँ और टाइमर रोकें</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location line="+141"/>
        <source>Idle time discarded — Edit ▸ Undo brings it back</source>
        <translation>निष्क्रिय समय हटा दिया गया — संपादन ▸ पूर्ववत करें से वापस आ जाएगा</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Idle time discarded — kept on this computer and sent when the workspace server is back</source>
        <translation>निष्क्रिय समय हटाया गया — यह बदलाव इस कंप्यूटर पर रखा गया है और वर्कस्पेस सर्वर लौटने पर भेजा जाएगा</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/jobs/dialogs.py" line="-449"/>
        <location line="+1"/>
        <source>Import jobs</source>
        <translation>जॉब इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All files go in together or not at all. Postings already in your library are updated and their earlier version is kept.</source>
        <translation>सारी फ़ाइलें एक साथ जाती हैं या एक भी नहीं। लाइब्रेरी में पहले से मौजूद पोस्टिंग अपडेट होती हैं और उनका पिछला रूप रखा जाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files to import</source>
        <translation>इम्पोर्ट करने वाली फ़ाइलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postings</source>
        <translation>पोस्टिंग</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Import</source>
        <translation>इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+29"/>
        <source>{mapped} of {total} mapped…</source>
        <translation>{total} में से {mapped} मैप किए…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Map the columns of {file}</source>
        <translation>{file} के कॉलम मैप करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: choose which column holds the title (Columns…)</source>
        <translation>{file}: चुनें कि किस कॉलम में शीर्षक है (कॉलम…)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="-593"/>
        <source>Import Upwork transactions</source>
        <translation>Upwork लेन-देन इम्पोर्ट करें</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&lt;b&gt;%n&lt;/b&gt; new transaction(s) will be added; {dup} already in your ledger will be skipped.</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; नया लेन-देन जोड़ा जाएगा; आपके लेजर में पहले से मौजूद {dup} छोड़ दिए जाएँगे।</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; नए लेन-देन जोड़े जाएँगे; आपके लेजर में पहले से मौजूद {dup} छोड़ दिए जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Nothing can be imported yet&lt;/b&gt;: fix the rows listed below (or leave that file out) and try again. Your ledger has not been changed.</source>
        <translation>&lt;b&gt;अभी कुछ भी इम्पोर्ट नहीं हो सकता&lt;/b&gt;: नीचे दी गई पंक्तियाँ ठीक करें (या वह फ़ाइल छोड़ दें) और फिर कोशिश करें। आपका खाता नहीं बदला गया है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files to import</source>
        <translation>इम्पोर्ट करने वाली फ़ाइलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>नए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation>पहले से इम्पोर्ट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>तारीखें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance check</source>
        <translation>बैलेंस जाँच</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n break(s) in the running balance</source>
        <translation>
            <numerusform>रनिंग बैलेंस में %n जगह टूट</numerusform>
            <numerusform>रनिंग बैलेंस में %n जगह टूट</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a statement</source>
        <translation>स्टेटमेंट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be read</source>
        <translation>पढ़ी नहीं जा सकी</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n त्रुटि</numerusform>
            <numerusform>%n त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Add the %n contract(s) these files name to Contracts ({ended} ended, {active} active) and link their payments</source>
        <translation>
            <numerusform>इन फ़ाइलों में बताया गया %n कॉन्ट्रैक्ट, कॉन्ट्रैक्ट में जोड़ें ({ended} समाप्त, {active} सक्रिय) और उनके भुगतान जोड़ें</numerusform>
            <numerusform>इन फ़ाइलों में बताए गए %n कॉन्ट्रैक्ट, कॉन्ट्रैक्ट में जोड़ें ({ended} समाप्त, {active} सक्रिय) और उनके भुगतान जोड़ें</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Statement (legacy)</source>
        <translation>स्टेटमेंट (पुराना)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>स्टेटमेंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly Summary</source>
        <translation>वीकली समरी</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No problems found.</source>
        <translation>कोई समस्या नहीं मिली।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation>त्रुटियाँ और चेतावनियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings:</source>
        <translation>त्रुटियाँ और चेतावनियाँ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the contracts named in the files</source>
        <translation>फ़ाइलों में दिए कॉन्ट्रैक्ट जोड़ें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>hourly, {rate}/h</source>
        <translation>प्रति घंटा, {rate}/घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Import</source>
        <translation>इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>InsightsCommands</name>
    <message>
        <location filename="../../ui/operations/insights.py" line="+28"/>
        <source>Add skill “{skill}”</source>
        <translation>कौशल “{skill}” जोड़ें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan a withdrawal</source>
        <translation>निकासी की योजना बनाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove planned withdrawal</source>
        <translation>योजनाबद्ध निकासी हटाएँ</translation>
    </message>
</context>
<context>
    <name>InsightsTab</name>
    <message>
        <location filename="../../ui/insights/tab.py" line="+59"/>
        <source>Insights</source>
        <translation>इनसाइट्स</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Market rate</source>
        <translation>बाज़ार दर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills gap</source>
        <translation>स्किल्स की कमी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal funnel</source>
        <translation>प्रपोज़ल फ़नल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connects return</source>
        <translation>Connects का रिटर्न</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash flow</source>
        <translation>नकदी प्रवाह</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective rate</source>
        <translation>असल दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job Success (estimate)</source>
        <translation>जॉब सक्सेस (अनुमान)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Insight views</source>
        <translation>इनसाइट के दृश्य</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills, comma separated (default: your profile&apos;s)</source>
        <translation>स्किल्स, कॉमा से अलग (डिफ़ॉल्ट: आपकी प्रोफ़ाइल की)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group by</source>
        <translation>इसके हिसाब से बाँटें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks ahead</source>
        <translation>आगे के हफ़्ते</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> weeks</source>
        <translation> हफ़्ते</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw on</source>
        <translation>निकासी की तारीख़</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw on:</source>
        <translation>निकासी की तारीख़:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insight figures</source>
        <translation>इनसाइट के आँकड़े</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Insight chart</source>
        <translation>इनसाइट चार्ट</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client history</source>
        <translation>क्लाइंट का इतिहास</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add to profile</source>
        <translation>प्रोफ़ाइल में जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add skill to profile</source>
        <translation>स्किल प्रोफ़ाइल में जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;jobs</source>
        <translation>जॉब दिखाएँ (&amp;J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the jobs asking for this skill</source>
        <translation>इस स्किल को माँगने वाले जॉब दिखाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned &amp;withdrawals…</source>
        <translation>योजनाबद्ध निकासियाँ… (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+251"/>
        <source>Planned withdrawals</source>
        <translation>योजनाबद्ध निकासियाँ</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV निर्यात करें (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+451"/>
        <source>Export CSV</source>
        <translation>CSV निर्यात करें</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Export &amp;PNG…</source>
        <translation>PNG निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+435"/>
        <location line="+6"/>
        <source>Export chart as PNG</source>
        <translation>चार्ट PNG में निर्यात करें</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>By month</source>
        <translation>महीने के हिसाब से</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By template</source>
        <translation>टेम्पलेट के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By bid against budget</source>
        <translation>बजट के मुक़ाबले बोली के हिसाब से</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By boost</source>
        <translation>बूस्ट के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By time after posting</source>
        <translation>पोस्ट होने के बाद के समय के हिसाब से</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>In this agency workspace only its owners see money figures: this view is computed from the ledger.</source>
        <translation>इस एजेंसी वर्कस्पेस में पैसों के आँकड़े केवल उसके मालिक देखते हैं: यह व्यू लेजर से निकाला जाता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+233"/>
        <source>Working…</source>
        <translation>गणना हो रही है…</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+232"/>
        <source>Could not compute this view: %1</source>
        <translation>यह दृश्य नहीं बन सका: %1</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>jobs</source>
        <translation>जॉब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proposals</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contracts</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>payments on the way</source>
        <translation>रास्ते में भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clients</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Based on %1 %2</source>
        <translation>%1 %2 पर आधारित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, dated %1 – %2</source>
        <translation>, तारीख़ %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too little to conclude: fewer than %1.</source>
        <translation>नतीजा निकालने के लिए बहुत कम: %1 से कम।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1% (%2–%3%)</source>
        <translation>%1% (%2–%3%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All levels</source>
        <translation>सभी स्तर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>शुरुआती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert</source>
        <translation>विशेषज्ञ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed budget</source>
        <translation>फ़िक्स्ड बजट</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+81"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>too few</source>
        <translation>बहुत कम</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Skill</source>
        <translation>स्किल</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jobs</source>
        <translation>जॉब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25th percentile</source>
        <translation>25वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>माध्यिका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>75th percentile</source>
        <translation>75वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+30"/>
        <source>Enough to conclude</source>
        <translation>नतीजे के लिए काफ़ी</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>You ask %1 an hour: percentile %2 of %3 hourly jobs asking for %4.</source>
        <translation>आप प्रति घंटा %1 माँगते हैं: %4 माँगने वाले %3 घंटेवार जॉब में पर्सेंटाइल %2।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add skills to your profile, or type them above.</source>
        <translation>अपनी प्रोफ़ाइल में स्किल्स जोड़ें, या ऊपर लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs asking for it</source>
        <translation>इसे माँगने वाले जॉब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median rate with it</source>
        <translation>इसके साथ माध्य दर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median rate without</source>
        <translation>इसके बिना माध्य दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate premium</source>
        <translation>दर में बढ़त</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs sharing a skill with: %1</source>
        <translation>इनसे कोई स्किल साझा करने वाले जॉब: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs your saved searches find: %1</source>
        <translation>आपकी सहेजी गई खोजों से मिले जॉब: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add skills to your profile or save a search in Jobs, or type skills above.</source>
        <translation>अपनी प्रोफ़ाइल में कौशल जोड़ें या जॉब्स में कोई खोज सहेजें, या ऊपर कौशल लिखें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no template)</source>
        <translation>(बिना टेम्पलेट)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below budget</source>
        <translation>बजट से कम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within budget</source>
        <translation>बजट के भीतर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above budget</source>
        <translation>बजट से ज़्यादा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boosted</source>
        <translation>बूस्ट किए</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not boosted</source>
        <translation>बिना बूस्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 1 hour</source>
        <translation>1 घंटे के भीतर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within 6 hours</source>
        <translation>6 घंटे के भीतर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 24 hours</source>
        <translation>24 घंटे के भीतर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Sent</source>
        <translation>भेजे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Viewed</source>
        <translation>देखे गए</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interviewed</source>
        <translation>इंटरव्यू हुए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired</source>
        <translation>हायर हुए</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View rate</source>
        <translation>देखे जाने की दर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hire rate (95% range)</source>
        <translation>हायर दर (95% दायरा)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Proposals</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>ख़र्च</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per view</source>
        <translation>प्रति व्यू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per interview</source>
        <translation>प्रति इंटरव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per hire</source>
        <translation>प्रति हायर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earned</source>
        <translation>कमाई</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per dollar earned</source>
        <translation>प्रति डॉलर कमाई की लागत</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Week of</source>
        <translation>हफ़्ता</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves review</source>
        <translation>रिव्यू से निकलता है</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+184"/>
        <source>Becomes available</source>
        <translation>उपलब्ध होता है</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Available after</source>
        <translation>इसके बाद उपलब्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>अनुमानित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available today: %1</source>
        <translation>आज उपलब्ध: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: %1 on %2</source>
        <translation>योजना: %2 को %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via %1 (fee %2)</source>
        <translation>%1 से (शुल्क %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On %1 you can withdraw %2.</source>
        <translation>%1 को आप %2 निकाल सकते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: fee %2, you receive %3</source>
        <translation>%1: फ़ीस %2, आपको मिलेंगे %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours billed</source>
        <translation>बिल किए घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours unbilled</source>
        <translation>बिना बिल के घंटे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross per hour</source>
        <translation>प्रति घंटा कुल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After fees</source>
        <translation>फ़ीस के बाद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Connects</source>
        <translation>Connects के बाद</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After unbilled hours</source>
        <translation>बिना बिल के घंटों के बाद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no client)</source>
        <translation>(कोई क्लाइंट नहीं)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All contracts</source>
        <translation>सभी कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedback 4.5 stars or more</source>
        <translation>फ़ीडबैक 4.5 स्टार या ज़्यादा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback 3 to 4.4 stars</source>
        <translation>फ़ीडबैक 3 से 4.4 स्टार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback under 3 stars</source>
        <translation>फ़ीडबैक 3 स्टार से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term or repeat client, no feedback</source>
        <translation>लंबा या दोबारा आया क्लाइंट, फ़ीडबैक नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback, paid</source>
        <translation>फ़ीडबैक नहीं, भुगतान हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted (little or no pay, no feedback)</source>
        <translation>गिना नहीं गया (कम या कोई भुगतान नहीं, फ़ीडबैक नहीं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more contract with top feedback</source>
        <translation>बेहतरीन फ़ीडबैक वाला एक और कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more long-term client</source>
        <translation>एक और लंबा क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more contract with poor feedback</source>
        <translation>ख़राब फ़ीडबैक वाला एक और कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor</source>
        <translation>कारक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contracts or points</source>
        <translation>कॉन्ट्रैक्ट या अंक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points</source>
        <translation>%1 अंक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated Job Success Score: no ended contracts in the last 24 months.</source>
        <translation>अनुमानित जॉब सक्सेस स्कोर: पिछले 24 महीनों में कोई कॉन्ट्रैक्ट ख़त्म नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated Job Success Score: %1–%2% — an estimate, not Upwork&apos;s score; private feedback is unknown.</source>
        <translation>अनुमानित जॉब सक्सेस स्कोर: %1–%2% — यह अनुमान है, Upwork का स्कोर नहीं; निजी फ़ीडबैक पता नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Billed</source>
        <translation>बिल किया</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee rate</source>
        <translation>फ़ीस दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open contracts</source>
        <translation>खुले कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open proposals</source>
        <translation>खुले प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>आख़िरी संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average reply</source>
        <translation>औसत जवाब</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 assumed</source>
        <translation>%1 माना गया</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposal</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contract started</source>
        <translation>कॉन्ट्रैक्ट शुरू हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract ended</source>
        <translation>कॉन्ट्रैक्ट ख़त्म हुआ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>इंटरव्यू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 from the client</source>
        <translation>क्लाइंट की ओर से %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to the client</source>
        <translation>क्लाइंट को %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billed %1; fee %2%</source>
        <translation>बिल किया %1; फ़ीस %2%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 proposals (%2 open), %3 contracts (%4 open)</source>
        <translation>%1 प्रपोज़ल (%2 खुले), %3 कॉन्ट्रैक्ट (%4 खुले)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average reply: %1</source>
        <translation>औसत जवाब: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded with this client yet.</source>
        <translation>इस क्लाइंट के साथ अभी कुछ दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>25th percentile %1</source>
        <translation>25वाँ पर्सेंटाइल %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median %1</source>
        <translation>माध्यिका %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75th percentile %1</source>
        <translation>75वाँ पर्सेंटाइल %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 jobs</source>
        <translation>%1 जॉब</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Middle half of hourly rates (line: median)</source>
        <translation>प्रति घंटा दरों का बीच का आधा (रेखा: माध्यिका)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rates by skill</source>
        <translation>स्किल के हिसाब से प्रति घंटा दरें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No job in the library states an hourly rate for these skills.</source>
        <translation>लाइब्रेरी में इन स्किल्स के किसी जॉब में प्रति घंटा दर नहीं दी गई है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hired %1 of %2: %3</source>
        <translation>%2 में से %1 हायर: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hire rate (whisker: 95% range)</source>
        <translation>हायर दर (रेखा: 95% दायरा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire rate by group</source>
        <translation>समूह के हिसाब से हायर दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proposals sent yet.</source>
        <translation>अभी तक कोई प्रपोज़ल नहीं भेजा गया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Becomes available %1</source>
        <translation>उपलब्ध होता है %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money becoming available, by week</source>
        <translation>हफ़्ते के हिसाब से उपलब्ध होने वाला पैसा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing becomes available in these weeks.</source>
        <translation>इन हफ़्तों में कुछ उपलब्ध नहीं होता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG images (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1.</source>
        <translation>%1 नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add to profile</source>
        <translation>प्रोफ़ाइल में जोड़ें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 to your profile</source>
        <translation>%1 आपकी प्रोफ़ाइल में जोड़ा गया</translation>
    </message>
</context>
<context>
    <name>InteractionDirection</name>
    <message>
        <location filename="../../models/contracts.py" line="-28"/>
        <source>From client</source>
        <translation>क्लाइंट से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To client</source>
        <translation>क्लाइंट को</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <location line="-7"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>इंटरव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <location filename="../../ui/operations/jobs.py" line="+27"/>
        <source>Save {jobs}</source>
        <translation>{jobs} सेव करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide {jobs}</source>
        <translation>{jobs} छिपाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as new: {jobs}</source>
        <translation>नया मार्क करें: {jobs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close {jobs}</source>
        <translation>{jobs} बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as applied: {jobs}</source>
        <translation>अप्लाई किया मार्क करें: {jobs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 job</source>
        <translation>1 जॉब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} jobs</source>
        <translation>{n} जॉब</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {jobs}</source>
        <translation>{jobs} हटाएँ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Star job</source>
        <translation>जॉब को स्टार करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstar job</source>
        <translation>जॉब से स्टार हटाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add job</source>
        <translation>जॉब जोड़ें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit job</source>
        <translation>जॉब बदलें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save notes</source>
        <translation>नोट सेव करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save search</source>
        <translation>खोज सेव करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete saved search</source>
        <translation>सेव की गई खोज हटाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open saved search</source>
        <translation>सेव की गई खोज खोलें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft proposal</source>
        <translation>प्रपोज़ल का ड्राफ़्ट</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add pasted jobs</source>
        <translation>पेस्ट किए गए जॉब जोड़ें</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing jobs</source>
        <translation>जॉब इम्पोर्ट हो रहे हैं</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add feed</source>
        <translation>फ़ीड जोड़ें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove feed</source>
        <translation>फ़ीड हटाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch the feed on or off</source>
        <translation>फ़ीड चालू या बंद करें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing job feeds</source>
        <translation>जॉब फ़ीड रीफ़्रेश हो रही हैं</translation>
    </message>
</context>
<context>
    <name>JobDetail</name>
    <message>
        <location filename="../../ui/jobs/detail.py" line="+52"/>
        <source>strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Job details</source>
        <translation>जॉब का विवरण</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Draft proposal</source>
        <translation>प्रपोज़ल का ड्राफ़्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a proposal for this job and open it</source>
        <translation>इस जॉब के लिए प्रपोज़ल शुरू करें और खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+176"/>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+177"/>
        <source>Keep this job on your Saved list</source>
        <translation>इस जॉब को अपनी सेव सूची में रखें</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+178"/>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Hide this job from searches (undo with Ctrl+Z)</source>
        <translation>इस जॉब को खोज से छिपाएँ (Ctrl+Z से वापस)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the posting in your browser</source>
        <translation>पोस्टिंग को ब्राउज़र में खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in browser</source>
        <translation>ब्राउज़र में खोलें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More actions</source>
        <translation>और विकल्प</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star, edit, close, copy link, delete</source>
        <translation>स्टार, बदलें, बंद करें, लिंक कॉपी करें, हटाएँ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Star</source>
        <translation>स्टार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as closed</source>
        <translation>बंद मार्क करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as new</source>
        <translation>नया मार्क करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy link</source>
        <translation>लिंक कॉपी करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+191"/>
        <source>About the client</source>
        <translation>क्लाइंट के बारे में</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Earlier versions</source>
        <translation>पिछले रूप</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your notes</source>
        <translation>आपके नोट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes on this job</source>
        <translation>इस जॉब पर आपके नोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes: questions to ask, why it fits…</source>
        <translation>निजी नोट: पूछने वाले सवाल, यह क्यों सही बैठता है…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Proposals: {band}</source>
        <translation>प्रपोज़ल: {band}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} Connects to apply</source>
        <translation>अप्लाई करने के {n} Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No terms stated</source>
        <translation>कोई शर्त नहीं बताई गई</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posted about {when}, relative to the import (the source only said how long ago)</source>
        <translation>लगभग {when} को पोस्ट किया गया, आयात की तारीख़ के हिसाब से (स्रोत ने केवल इतना बताया था कि कितने समय पहले)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posted {ago} ({when})</source>
        <translation>पोस्ट हुआ {ago} ({when})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first seen {day}</source>
        <translation>पहली बार देखा {day}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved ✓</source>
        <translation>सेव ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take it off your Saved list</source>
        <translation>इसे सेव सूची से हटाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unhide</source>
        <translation>वापस दिखाएँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit {score}/100 — {level}  (for {profile})</source>
        <translation>मेल {score}/100 — {level}  ({profile} के लिए)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General profile</source>
        <translation>सामान्य प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On your profile</source>
        <translation>आपकी प्रोफ़ाइल में है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on your profile</source>
        <translation>आपकी प्रोफ़ाइल में नहीं है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No description in this source. The original text is kept and shown below under Earlier versions when a better source updates it.</source>
        <translation>इस स्रोत में कोई विवरण नहीं है। मूल टेक्स्ट रखा जाता है, और जब कोई बेहतर स्रोत इसे अपडेट करता है तो नीचे पिछले रूप में दिखता है।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified ✓</source>
        <translation>वेरिफ़ाइड ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified ✗</source>
        <translation>वेरिफ़ाइड नहीं ✗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} reviews)</source>
        <translation>({n} रिव्यू)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>ख़र्च</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} hires</source>
        <translation>{n} हायर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}% hire rate</source>
        <translation>{n}% हायर दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires</source>
        <translation>हायर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open jobs</source>
        <translation>खुले जॉब</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member since</source>
        <translation>सदस्य कब से</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the client — quality {score}/100 ({level})</source>
        <translation>क्लाइंट के बारे में — गुणवत्ता {score}/100 ({level})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures as of {day}</source>
        <translation>{day} तक के आँकड़े</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the original text</source>
        <translation>मूल पाठ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: a newer import changed {fields}; the earlier values are kept here</source>
        <translation>{when}: एक नए आयात ने {fields} बदला; पुराने मान यहाँ रखे गए हैं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>posting time was {time}</source>
        <translation>पोस्ट करने का समय {time} था</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>title was “{title}”</source>
        <translation>शीर्षक था “{title}”</translation>
    </message>
</context>
<context>
    <name>JobField</name>
    <message>
        <location filename="../../ui/labels.py" line="+22"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job id (~01…)</source>
        <translation>जॉब id (~01…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job link</source>
        <translation>जॉब लिंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcategory</source>
        <translation>उप-श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly or fixed</source>
        <translation>प्रति घंटा या फ़िक्स्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate from</source>
        <translation>प्रति घंटा दर से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate to</source>
        <translation>प्रति घंटा दर तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed budget</source>
        <translation>फ़िक्स्ड बजट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience level</source>
        <translation>अनुभव का स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project length</source>
        <translation>प्रोजेक्ट की अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per week</source>
        <translation>प्रति सप्ताह घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects to apply</source>
        <translation>अप्लाई करने के Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>पोस्ट हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client payment verified</source>
        <translation>क्लाइंट का भुगतान वेरिफ़ाइड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client country</source>
        <translation>क्लाइंट का देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client rating</source>
        <translation>क्लाइंट की रेटिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client reviews</source>
        <translation>क्लाइंट के रिव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client total spent</source>
        <translation>क्लाइंट का कुल ख़र्च</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client hires</source>
        <translation>क्लाइंट की हायरिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client hire rate (%)</source>
        <translation>क्लाइंट की हायर दर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client open jobs</source>
        <translation>क्लाइंट के खुले जॉब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client member since</source>
        <translation>क्लाइंट कब से सदस्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured on</source>
        <translation>कब सहेजा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is hourly (yes/no)</source>
        <translation>प्रति घंटा है (हाँ/नहीं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower amount (hourly rate from, or fixed budget)</source>
        <translation>कम रकम (प्रति घंटा दर से, या फ़िक्स्ड बजट)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper amount (hourly rate to)</source>
        <translation>ज़्यादा रकम (प्रति घंटा दर तक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts as a list (hourly range or fixed budget)</source>
        <translation>रकमों की सूची (प्रति घंटा रेंज या फ़िक्स्ड बजट)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average amount (fixed budget; ignored for hourly jobs)</source>
        <translation>औसत रकम (फ़िक्स्ड बजट; प्रति घंटा जॉब के लिए अनदेखी)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less than 30 hrs/week (1/0)</source>
        <translation>30 घंटे/सप्ताह से कम (1/0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 30 hrs/week (1/0)</source>
        <translation>30 घंटे/सप्ताह से ज़्यादा (1/0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours as needed (1/0)</source>
        <translation>ज़रूरत के हिसाब से घंटे (1/0)</translation>
    </message>
</context>
<context>
    <name>JobFormDialog</name>
    <message>
        <location filename="../../ui/jobs/dialogs.py" line="+105"/>
        <source>{field}: {text} is not a number</source>
        <translation>{field}: {text} कोई संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Edit job</source>
        <translation>जॉब बदलें</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Add a job</source>
        <translation>जॉब जोड़ें</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://www.upwork.com/jobs/~01…</source>
        <translation>https://www.upwork.com/jobs/~01…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly from ($)</source>
        <translation>प्रति घंटा से ($)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly to ($)</source>
        <translation>प्रति घंटा तक ($)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed budget ($)</source>
        <translation>फ़िक्स्ड बजट ($)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience</source>
        <translation>अनुभव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project length</source>
        <translation>प्रोजेक्ट की अवधि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per week</source>
        <translation>प्रति सप्ताह घंटे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposals</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Connects to apply</source>
        <translation>अप्लाई करने के Connects</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Posted on</source>
        <translation>पोस्ट होने का समय</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Posting time known</source>
        <translation>पोस्ट होने का समय पता है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python, Django, PostgreSQL</source>
        <translation>Python, Django, PostgreSQL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment verified</source>
        <translation>भुगतान वेरिफ़ाइड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>वेरिफ़ाइड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified</source>
        <translation>वेरिफ़ाइड नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating (0–5)</source>
        <translation>रेटिंग (0–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Reviews</source>
        <translation>रिव्यू</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Total spent ($)</source>
        <translation>कुल ख़र्च ($)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Hires</source>
        <translation>हायर</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Hire rate (%)</source>
        <translation>हायर दर (%)</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+2"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{field}: {text} is not a whole number</source>
        <translation>{field}: {text} पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hourly from</source>
        <translation>प्रति घंटा से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly to</source>
        <translation>प्रति घंटा तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed budget</source>
        <translation>फ़िक्स्ड बजट</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total spent</source>
        <translation>कुल ख़र्च</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hire rate</source>
        <translation>हायर दर</translation>
    </message>
</context>
<context>
    <name>JobSort</name>
    <message>
        <location filename="../../ui/labels.py" line="-74"/>
        <source>Relevance</source>
        <translation>प्रासंगिकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest</source>
        <translation>सबसे नए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget / rate</source>
        <translation>बजट / रेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>मेल</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../models/jobs.py" line="+28"/>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>सेव किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>अप्लाई किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>छिपा हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../ui/jobs/model.py" line="+201"/>
        <source>{n} min ago</source>
        <translation>{n} मिनट पहले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} h ago</source>
        <translation>{n} घंटे पहले</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} d ago</source>
        <translation>{n} दिन पहले</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{low}–{high}/h</source>
        <translation>{low}–{high}/घंटा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount}/h</source>
        <translation>{amount}/घंटा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} fixed</source>
        <translation>{amount} फ़िक्स्ड</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget / rate</source>
        <translation>बजट / रेट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposals</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted</source>
        <translation>पोस्ट हुआ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>मेल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>≈ {when}</source>
        <translation>≈ {when}</translation>
    </message>
</context>
<context>
    <name>JobType</name>
    <message>
        <location filename="../../ui/labels.py" line="+3"/>
        <source>Hourly</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <location filename="../../ui/jobs/tab.py" line="+56"/>
        <source>Job files (*.csv *.tsv *.json *.jsonl *.ndjson *.rss *.xml *.atom *.txt);;All files (*)</source>
        <translation>जॉब फ़ाइलें (*.csv *.tsv *.json *.jsonl *.ndjson *.rss *.xml *.atom *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+225"/>
        <source>Jobs</source>
        <translation>जॉब</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Paste Job Posting…</source>
        <translation>जॉब पोस्टिंग पेस्ट करें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search Jobs</source>
        <translation>जॉब खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Jobs…</source>
        <translation>जॉब इम्पोर्ट करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Job by Hand…</source>
        <translation>ख़ुद जॉब जोड़ें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh Job Feeds</source>
        <translation>जॉब फ़ीड रीफ़्रेश करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job Feeds…</source>
        <translation>जॉब फ़ीड…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No jobs yet</source>
        <translation>अभी कोई जॉब नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a job posting with Ctrl+Shift+V, import a CSV, JSON or RSS file, follow a job feed, or type one in. Everything stays on this computer and searches instantly, offline.</source>
        <translation>Ctrl+Shift+V से जॉब पोस्टिंग पेस्ट करें, CSV, JSON या RSS फ़ाइल इम्पोर्ट करें, कोई जॉब फ़ीड फ़ॉलो करें, या ख़ुद लिखें। सब कुछ इसी कंप्यूटर पर रहता है और ऑफ़लाइन भी तुरंत खोजा जा सकता है।</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show or hide the filters</source>
        <translation>फ़िल्टर दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+235"/>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Search jobs</source>
        <translation>जॉब खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search jobs (Ctrl+F): words, &quot;a phrase&quot;, -exclude, a OR b</source>
        <translation>जॉब खोजें (Ctrl+F): शब्द, &quot;पूरा वाक्यांश&quot;, -हटाएँ, a OR b</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort jobs by</source>
        <translation>जॉब इस क्रम में लगाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+293"/>
        <source>Sort: {order}</source>
        <translation>क्रम: {order}</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Judge fit against profile</source>
        <translation>किस प्रोफ़ाइल से मेल देखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile whose skills and rate the fit is judged by</source>
        <translation>वह प्रोफ़ाइल जिसकी स्किल्स और रेट से मेल आँका जाता है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste</source>
        <translation>पेस्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>इम्पोर्ट…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>More ways to add jobs</source>
        <translation>जॉब जोड़ने के और तरीके</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a job by hand, refresh or manage job feeds</source>
        <translation>ख़ुद जॉब जोड़ें, जॉब फ़ीड रीफ़्रेश करें या उन्हें सँभालें</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+2"/>
        <source>Clear search and filters</source>
        <translation>खोज और फ़िल्टर साफ़ करें</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Filters ({n})</source>
        <translation>फ़िल्टर ({n})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more than {n} jobs</source>
        <translation>{n} से अधिक जॉब</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+213"/>
        <source>1 job</source>
        <translation>1 जॉब</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+212"/>
        <source>{n} jobs</source>
        <translation>{n} जॉब</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>matching “{words}”</source>
        <translation>“{words}” से मेल खाते</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 filter on</source>
        <translation>1 फ़िल्टर चालू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} filters on</source>
        <translation>{n} फ़िल्टर चालू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden jobs not shown</source>
        <translation>छिपे हुए जॉब नहीं दिखाए</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No jobs match these words and filters.
Try fewer words, a shorter prefix, or clear some filters.</source>
        <translation>इन शब्दों और फ़िल्टर से कोई जॉब मेल नहीं खाता।
कम शब्द या छोटा शब्द-अंश आज़माएँ, या कुछ फ़िल्टर हटाएँ।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot search: {error}</source>
        <translation>खोज नहीं हो सकी: {error}</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Fit for: {name}</source>
        <translation>मेल: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General profile</source>
        <translation>सामान्य प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hidden: {jobs} (Ctrl+Z to undo)</source>
        <translation>छिपाए गए: {jobs} (वापस लाने के लिए Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: {jobs} (Ctrl+Z to undo)</source>
        <translation>सेव किए गए: {jobs} (वापस लाने के लिए Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as new: {jobs} (Ctrl+Z to undo)</source>
        <translation>नया मार्क किया: {jobs} (वापस लाने के लिए Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as closed: {jobs} (Ctrl+Z to undo)</source>
        <translation>बंद मार्क किया: {jobs} (वापस लाने के लिए Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The workspace server cannot be reached: the notes are kept on this computer and sent when it is back.</source>
        <translation>वर्कस्पेस सर्वर से संपर्क नहीं हो पा रहा है: नोट्स इस कंप्यूटर पर रखे गए हैं और सर्वर लौटने पर भेज दिए जाएँगे।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete jobs</source>
        <translation>जॉब हटाएँ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n job(s) from your library? Hiding keeps them out of searches without losing them. Edit ▸ Undo brings deleted jobs back.</source>
        <translation>
            <numerusform>अपनी लाइब्रेरी से %n जॉब हटाएँ? छिपाने से वह खोज में नहीं आती, पर खोती नहीं। संपादन ▸ पूर्ववत करें से हटाई गई जॉब वापस आ जाती हैं।</numerusform>
            <numerusform>अपनी लाइब्रेरी से %n जॉब हटाएँ? छिपाने से वे खोज में नहीं आतीं, पर खोती नहीं। संपादन ▸ पूर्ववत करें से हटाई गई जॉब वापस आ जाती हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot delete</source>
        <translation>हटा नहीं सके</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot start a proposal</source>
        <translation>प्रपोज़ल शुरू नहीं हो सका</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save {n} jobs</source>
        <translation>{n} जॉब सेव करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide {n} jobs</source>
        <translation>{n} जॉब छिपाएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as new</source>
        <translation>नया मार्क करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft proposal</source>
        <translation>प्रपोज़ल का ड्राफ़्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pasted</source>
        <translation>पेस्ट किया गया</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import jobs</source>
        <translation>जॉब इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+23"/>
        <source>Import cancelled: nothing was changed</source>
        <translation>इम्पोर्ट रद्द: कुछ नहीं बदला</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Some rows cannot be read</source>
        <translation>कुछ पंक्तियाँ पढ़ी नहीं जा सकतीं</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) cannot be read (first: {first}).</source>
        <translation>
            <numerusform>%n पंक्ति पढ़ी नहीं जा सकती (पहली: {first})।</numerusform>
            <numerusform>%n पंक्तियाँ पढ़ी नहीं जा सकतीं (पहली: {first})।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import the other %n row(s)? Nothing has been imported yet.</source>
        <translation>
            <numerusform>बाक़ी %n पंक्ति इम्पोर्ट करें? अभी तक कुछ भी इम्पोर्ट नहीं हुआ है।</numerusform>
            <numerusform>बाक़ी %n पंक्तियाँ इम्पोर्ट करें? अभी तक कुछ भी इम्पोर्ट नहीं हुआ है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the others</source>
        <translation>बाक़ी इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported: {added} added, {updated} updated, {same} already there, {rejected} rejected</source>
        <translation>इम्पोर्ट हुआ: {added} जोड़े, {updated} अपडेट, {same} पहले से थे, {rejected} अस्वीकार</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import failed</source>
        <translation>इम्पोर्ट नहीं हो सका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

कुछ भी इम्पोर्ट नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Feeds</source>
        <translation>फ़ीड</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No feeds to refresh: add one with Jobs ▸ Feeds.</source>
        <translation>ताज़ा करने के लिए कोई फ़ीड नहीं: जॉब्स ▸ फ़ीड से एक जोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You seem to be offline: no feed could be reached. Nothing changed.</source>
        <translation>लगता है आप ऑफ़लाइन हैं: किसी फ़ीड तक नहीं पहुँचा जा सका। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} feeds refreshed: {added} new jobs, {updated} updated.</source>
        <translation>{total} में से {done} फ़ीड ताज़ा हुईं: {added} नई जॉब, {updated} अपडेट हुईं।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some feeds failed</source>
        <translation>कुछ फ़ीड नहीं आ सकीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My search</source>
        <translation>मेरी खोज</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved search “{name}”</source>
        <translation>खोज “{name}” सेव हुई</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: {n} new since you last looked</source>
        <translation>{name}: पिछली बार देखने के बाद {n} नए</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved search deleted (Ctrl+Z to undo)</source>
        <translation>सेव की गई खोज हटाई गई (वापस लाने के लिए Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>KeptPayments</name>
    <message>
        <location filename="../../ui/payments/kept.py" line="+116"/>
        <source>Withdrawal of {amount} to {method} ({fee} fee), {day}</source>
        <translation>{method} में {amount} की निकासी ({fee} फ़ीस), {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind}: {amount}, {day}</source>
        <translation>{kind}: {amount}, {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: {gross} billed, about {fee} fee, {day}</source>
        <translation>{kind}: {gross} का बिल, लगभग {fee} फ़ीस, {day}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>“{line}”, {day}, {amount}</source>
        <translation>“{line}”, {day}, {amount}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete {rows}</source>
        <translation>हटाना: {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore {rows}</source>
        <translation>वापस लाना: {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>description “{text}”</source>
        <translation>विवरण “{text}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client {name}</source>
        <translation>क्लाइंट {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contract {name}</source>
        <translation>कॉन्ट्रैक्ट {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {row}: {changes}</source>
        <translation>बदलाव {row}: {changes}</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n change(s) made while the workspace server was away: kept on this computer, not sent yet. They are sent when the server is back and then show in the ledger.</source>
        <translation>
            <numerusform>वर्कस्पेस सर्वर के दूर रहते किया गया %n बदलाव: इसी कंप्यूटर पर रखा गया, अभी भेजा नहीं गया। सर्वर लौटने पर यह भेजा जाएगा और फिर खाते में दिखेगा।</numerusform>
            <numerusform>वर्कस्पेस सर्वर के दूर रहते किए गए %n बदलाव: इसी कंप्यूटर पर रखे गए, अभी भेजे नहीं गए। सर्वर लौटने पर ये भेजे जाएँगे और फिर खाते में दिखेंगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server refused %n kept payment(s):</source>
        <translation>
            <numerusform>सर्वर ने रखा गया %n भुगतान अस्वीकार किया:</numerusform>
            <numerusform>सर्वर ने रखे गए %n भुगतान अस्वीकार किए:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✗ {line}: {why}</source>
        <translation>✗ {line}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● {line} — not sent yet</source>
        <translation>● {line} — अभी भेजा नहीं गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Discard the refused payment</source>
        <translation>अस्वीकार हुआ भुगतान हटाएँ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Discard “{line}”? The ledger stays as the server has it.</source>
        <translation>“{line}” हटाएँ? खाता वैसा ही रहेगा जैसा सर्वर पर है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard “{line}”? It is not in the ledger; record it again if it should be.</source>
        <translation>“{line}” हटाएँ? यह खाते में नहीं है; अगर इसे होना चाहिए तो फिर से दर्ज करें।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kept on this computer: sent when the workspace server is back</source>
        <translation>इसी कंप्यूटर पर रखा गया: वर्कस्पेस सर्वर लौटने पर भेज दिया जाएगा</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="-205"/>
        <location line="+9"/>
        <source>Connects ledger</source>
        <translation>Connects खाता</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Connects balance</source>
        <translation>Connects बैलेंस</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Membership plan</source>
        <translation>मेंबरशिप प्लान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan} — {n} a month</source>
        <translation>{plan} — हर महीने {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price per Connect</source>
        <translation>प्रति Connect दाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle to buy</source>
        <translation>ख़रीदने का बंडल</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Buy</source>
        <translation>ख़रीदें</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Buy Connects</source>
        <translation>Connects ख़रीदें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual balance</source>
        <translation>असली बैलेंस</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Set balance</source>
        <translation>बैलेंस सेट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what Upwork shows as your balance; the difference becomes a correction.</source>
        <translation>Upwork पर जो बैलेंस दिखता है वह दर्ज करें; फ़र्क़ सुधार के रूप में जुड़ जाता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete row</source>
        <translation>पंक्ति हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete ledger row</source>
        <translation>खाते की पंक्ति हटाएँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan and price</source>
        <translation>प्लान और दाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price each</source>
        <translation>हर एक का दाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>दर्ज करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Balance is</source>
        <translation>बैलेंस है</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; Connects available</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Connects उपलब्ध</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {k} expire on {day}</source>
        <translation> · {k} की समाप्ति {day} को</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · {e} expired unused so far</source>
        <translation> · अब तक {e} बिना इस्तेमाल समाप्त</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} Connects — {cost}</source>
        <translation>{n} Connects — {cost}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan not changed</source>
        <translation>प्लान नहीं बदला</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Price not changed</source>
        <translation>दाम नहीं बदला</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not bought</source>
        <translation>नहीं ख़रीदे</translation>
    </message>
    <message>
        <location line="-6"/>
        <source> (the Payments ledger is not available, so the cost was not booked there)</source>
        <translation> (पेमेंट्स खाता उपलब्ध नहीं है, इसलिए लागत वहाँ दर्ज नहीं हुई)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought {n} Connects for {cost}{note}</source>
        <translation>{n} Connects {cost} में ख़रीदे{note}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Balance not set</source>
        <translation>बैलेंस सेट नहीं हुआ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not deleted</source>
        <translation>नहीं हटा</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../ui/payments/models.py" line="+95"/>
        <source>{hours} h</source>
        <translation>{hours} घंटे</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available on</source>
        <translation>कब उपलब्ध</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gross</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local amount</source>
        <translation>स्थानीय रकम</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Deleted on this computer, not sent yet: it leaves the ledger when the workspace server is back.</source>
        <translation>इस कंप्यूटर पर हटाया गया, अभी भेजा नहीं गया: वर्कस्पेस सर्वर लौटने पर यह खाते से हट जाएगा।</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Upwork booked the {fee} service fee as its own row; after it this payment nets {net}</source>
        <translation>Upwork ने {fee} सर्विस फ़ीस अलग पंक्ति में दर्ज की; उसके बाद यह भुगतान शुद्ध {net} है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service fee {fee} ({rate}% of {gross})</source>
        <translation>सर्विस फ़ीस {fee} ({gross} का {rate}%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ref ID {ref}</source>
        <translation>Ref ID {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to {kind} {ref}</source>
        <translation>{kind} {ref} से जुड़ा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} hours</source>
        <translation>{time} घंटे</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Exchange rate {rate} {currency} per USD</source>
        <translation>विनिमय दर: प्रति USD {rate} {currency}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Available on {day}</source>
        <translation>{day} को उपलब्ध</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../ui/proposals/letter.py" line="+77"/>
        <source>Cover letter editor</source>
        <translation>कवर लेटर एडिटर</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the letter from a template</source>
        <translation>लेटर किसी टेम्पलेट से शुरू करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert snippet</source>
        <translation>स्निपेट डालें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved paragraph at the cursor</source>
        <translation>सेव किया हुआ पैराग्राफ़ कर्सर पर डालें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placeholders</source>
        <translation>प्लेसहोल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a placeholder filled from the job and your profile</source>
        <translation>जॉब और आपकी प्रोफ़ाइल से भरने वाला प्लेसहोल्डर डालें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill all from the job and profile</source>
        <translation>सब जॉब और प्रोफ़ाइल से भरें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of this letter</source>
        <translation>इस लेटर के पिछले रूप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for Upwork</source>
        <translation>Upwork के लिए कॉपी करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the letter and the answers to the clipboard (Ctrl+Shift+C)</source>
        <translation>लेटर और जवाब क्लिपबोर्ड पर कॉपी करें (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge…</source>
        <translation>मर्ज…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this proposal: compare both letters and merge them</source>
        <translation>किसी और ने यह प्रस्ताव सहेजा है: दोनों पत्रों की तुलना करें और उन्हें मिलाएँ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cover letter</source>
        <translation>कवर लेटर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to the client: open with their problem, show you read the post, say how you would solve it and what you have done like it, end with a question.

Tip: start from a template (above); {client_name} and friends fill themselves in.</source>
        <translation>क्लाइंट को लिखें: उनकी समस्या से शुरू करें, दिखाएँ कि आपने पोस्ट पढ़ी है, बताएँ कि आप इसे कैसे हल करेंगे और ऐसा काम पहले क्या किया है, और अंत में एक सवाल पूछें।

सुझाव: किसी टेम्पलेट से शुरू करें (ऊपर); {client_name} जैसे प्लेसहोल्डर अपने-आप भर जाते हैं।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Character and word count</source>
        <translation>अक्षर और शब्द गिनती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter warnings</source>
        <translation>लेटर की चेतावनियाँ</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+55"/>
        <source>Saved</source>
        <translation>सेव हुआ</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>As sent on {day}</source>
        <translation>{day} को भेजे गए रूप में</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editing…</source>
        <translation>बदल रहे हैं…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved</source>
        <translation>सेव नहीं हुआ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not saved: merge needed</source>
        <translation>सहेजा नहीं गया: मर्ज ज़रूरी है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved this proposal after you opened it. Your text is kept; press Merge… to combine both letters.</source>
        <translation>आपके खोलने के बाद किसी और ने यह प्रस्ताव सहेजा। आपका लिखा रखा हुआ है; दोनों पत्रों को मिलाने के लिए मर्ज… दबाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this computer</source>
        <translation>इसी कंप्यूटर पर रखा गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace server cannot be reached. Your letter is kept on this computer and sent when the server is back.</source>
        <translation>वर्कस्पेस सर्वर से संपर्क नहीं हो पा रहा। आपका पत्र इसी कंप्यूटर पर रखा गया है और सर्वर वापस आने पर भेज दिया जाएगा।</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{chars} / {max} characters · {words} words</source>
        <translation>{chars} / {max} अक्षर · {words} शब्द</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{over} characters over the limit · </source>
        <translation>सीमा से {over} अक्षर ज़्यादा · </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unfilled: {names}</source>
        <translation>नहीं भरे: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barely mentions the job — name their need or a skill they asked for</source>
        <translation>जॉब का मुश्किल से ज़िक्र है — उनकी ज़रूरत या माँगी गई कोई स्किल लिखें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Mentions the job</source>
        <translation>✓ जॉब का ज़िक्र है</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No {kind}s yet</source>
        <translation>अभी कोई {kind} नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manage {kind}s…</source>
        <translation>{kind} सँभालें…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Template not applied</source>
        <translation>टेम्पलेट नहीं लगा</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Some placeholders are still empty</source>
        <translation>कुछ प्लेसहोल्डर अभी ख़ाली हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No value yet for {names}. Fill in the job or your profile, or write them by hand.</source>
        <translation>{names} के लिए अभी कोई मान नहीं है। जॉब या अपनी प्रोफ़ाइल भरें, या ख़ुद लिखें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cover letter and answers copied — paste them into Upwork&apos;s proposal form.</source>
        <translation>कवर लेटर और जवाब कॉपी हो गए — इन्हें Upwork के प्रपोज़ल फ़ॉर्म में पेस्ट करें।</translation>
    </message>
</context>
<context>
    <name>Limit</name>
    <message>
        <location filename="../../models/rules/limits.py" line="+63"/>
        <source>profile title (characters)</source>
        <translation>प्रोफ़ाइल शीर्षक (अक्षर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overview (characters)</source>
        <translation>परिचय (अक्षर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overview preview (characters)</source>
        <translation>परिचय की झलक (अक्षर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile skills</source>
        <translation>प्रोफ़ाइल की स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialized profiles</source>
        <translation>विशेष प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>custom profile address (characters)</source>
        <translation>प्रोफ़ाइल का अपना पता (अक्षर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cover letter (characters)</source>
        <translation>कवर लेटर (अक्षर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hourly rate</source>
        <translation>घंटे की दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed price</source>
        <translation>तय क़ीमत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>milestones in a proposal</source>
        <translation>प्रपोज़ल में माइलस्टोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portfolio title (characters)</source>
        <translation>पोर्टफ़ोलियो शीर्षक (अक्षर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portfolio description (characters)</source>
        <translation>पोर्टफ़ोलियो विवरण (अक्षर)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portfolio role (characters)</source>
        <translation>पोर्टफ़ोलियो में भूमिका (अक्षर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portfolio caption (characters)</source>
        <translation>पोर्टफ़ोलियो कैप्शन (अक्षर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback stars</source>
        <translation>फ़ीडबैक के सितारे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects for a job</source>
        <translation>एक जॉब के कनेक्ट्स</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+145"/>
        <source>Sections</source>
        <translation>हिस्से</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+124"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="-122"/>
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
        <location line="+14"/>
        <source>Status bar</source>
        <translation>स्टेटस बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Opening…</source>
        <translation>खुल रहा है…</translation>
    </message>
    <message>
        <location line="+121"/>
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
        <location line="+5"/>
        <source>Search &amp;Everything…</source>
        <translation>सब कुछ खोजें (&amp;E)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log File</source>
        <translation>लॉग फ़ाइल खोलें (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Freelance Desk</source>
        <translation>Freelance Desk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+76"/>
        <source>Move focus to the tab bar</source>
        <translation>फ़ोकस टैब बार पर ले जाएँ</translation>
    </message>
    <message>
        <location line="-72"/>
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
        <location line="+63"/>
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
        <location line="+36"/>
        <source>About Freelance Desk</source>
        <translation>Freelance Desk के बारे में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Proposals, contracts and earnings for marketplace freelancers — offline first, your data stays yours.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;{dir}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;मार्केटप्लेस फ़्रीलांसरों के लिए प्रपोज़ल, कॉन्ट्रैक्ट और कमाई — ऑफ़लाइन पहले, आपका डेटा आपका ही रहता है।&lt;/p&gt;&lt;p&gt;डेटा फ़ोल्डर:&lt;br&gt;{dir}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 cannot be shown: the workspace server cannot be reached. It opens here when the server is back.</source>
        <translation>%1 नहीं दिखाया जा सकता: वर्कस्पेस सर्वर तक नहीं पहुँचा जा सकता। सर्वर लौटने पर यह यहीं खुल जाएगा।</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/jobs/dialogs.py" line="-391"/>
        <source>Map columns</source>
        <translation>कॉलम मैप करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of {file}</source>
        <translation>{file} के कॉलम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what each column holds. Columns set to “Not imported” are skipped; the whole row is kept with every job anyway.</source>
        <translation>चुनें कि हर कॉलम में क्या है। “इम्पोर्ट नहीं” वाले कॉलम छोड़ दिए जाते हैं; पूरी पंक्ति फिर भी हर जॉब के साथ रखी जाती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column mapping</source>
        <translation>कॉलम मैपिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First row</source>
        <translation>पहली पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>इसमें है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unnamed)</source>
        <translation>(बिना नाम)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field for column {column}</source>
        <translation>कॉलम {column} का फ़ील्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>इम्पोर्ट नहीं</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../../models/members.py" line="+36"/>
        <source>Owner</source>
        <translation>मालिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="+36"/>
        <location filename="../../ui/proposals/merge.py" line="+71"/>
        <source>Merge your changes</source>
        <translation>अपने बदलाव मिलाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/merge.py" line="+4"/>
        <source>Someone else saved this proposal after you opened it, so your changes were not saved over theirs. Nothing is lost: both versions are below. Make the merged letter what you want, then save it.</source>
        <translation>आपके खोलने के बाद किसी और ने यह प्रस्ताव सहेजा, इसलिए आपके बदलाव उनके बदलावों के ऊपर नहीं सहेजे गए। कुछ भी खोया नहीं है: दोनों संस्करण नीचे हैं। मिलाए गए पत्र को जैसा चाहें वैसा बनाएँ, फिर सहेजें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this proposal after you opened it and changed the same fields as you, so your values were not saved over theirs. Nothing is lost: choose, field by field, which value to keep. What only one of you changed is kept already.</source>
        <translation>आपके खोलने के बाद किसी और ने यह प्रस्ताव सहेजा और वही फ़ील्ड बदले जो आपने बदले, इसलिए आपके मान उनके मानों के ऊपर नहीं सहेजे गए। कुछ भी खोया नहीं है: हर फ़ील्ड के लिए चुनें कि कौन-सा मान रखना है। जो केवल आप में से एक ने बदला, वह पहले ही रख लिया गया है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theirs (saved)</source>
        <translation>उनका (सहेजा गया)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours (not saved)</source>
        <translation>आपका (सहेजा नहीं गया)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merged letter</source>
        <translation>मिलाया गया पत्र</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Other fields you both changed</source>
        <translation>दूसरे फ़ील्ड जो आप दोनों ने बदले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields you both changed</source>
        <translation>फ़ील्ड जो आप दोनों ने बदले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>उनका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>आपका</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Take theirs</source>
        <translation>उनका लें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take mine</source>
        <translation>मेरा लें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save merged</source>
        <translation>मिलाया हुआ सहेजें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide later</source>
        <translation>बाद में तय करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text stays in the editor, not saved, until you merge</source>
        <translation>मर्ज करने तक आपका लिखा एडिटर में बिना सहेजे रहेगा</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Merged letter (this is what will be saved):</source>
        <translation>मिलाया गया पत्र (यही सहेजा जाएगा):</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>You both changed the same lines in %n place(s): they stand between “&lt;&lt;&lt;&lt;&lt;&lt;&lt; yours” and “&gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs”. Keep what you want and delete the marker lines to save.</source>
        <translation>
            <numerusform>आप दोनों ने %n जगह एक ही पंक्तियाँ बदलीं: वे “&lt;&lt;&lt;&lt;&lt;&lt;&lt; yours” और “&gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs” के बीच हैं। जो चाहिए वह रखें और सहेजने के लिए निशान वाली पंक्तियाँ हटा दें।</numerusform>
            <numerusform>आप दोनों ने %n जगह एक ही पंक्तियाँ बदलीं: वे “&lt;&lt;&lt;&lt;&lt;&lt;&lt; yours” और “&gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs” के बीच हैं। जो चाहिए वह रखें और सहेजने के लिए निशान वाली पंक्तियाँ हटा दें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What only one of you changed is already in.</source>
        <translation>जो बदलाव आप में से केवल एक ने किए, वे पहले से शामिल हैं।</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="+226"/>
        <source>Edit withdrawal method</source>
        <translation>निकासी का तरीका बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add withdrawal method</source>
        <translation>निकासी का तरीका जोड़ें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method type</source>
        <translation>तरीके का प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed fee</source>
        <translation>तय फ़ीस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent fee</source>
        <translation>प्रतिशत फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum fee</source>
        <translation>न्यूनतम फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum fee</source>
        <translation>अधिकतम फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation days</source>
        <translation>चालू होने में दिन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>खाता संख्या</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing, SWIFT or IBAN</source>
        <translation>रूटिंग, SWIFT या IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder or e-mail</source>
        <translation>खाताधारक या ई-मेल</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>प्रकार (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>मुद्रा (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fixed fee:</source>
        <translation>तय फ़ीस (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Percent fee:</source>
        <translation>प्रतिशत फ़ीस (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;nimum / maximum:</source>
        <translation>न्यूनतम / अधिकतम (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activation:</source>
        <translation>चालू होना (&amp;A):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acc&amp;ount number:</source>
        <translation>खाता संख्या (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing / SWIFT:</source>
        <translation>रूटिंग / SWIFT (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holder / e-mail:</source>
        <translation>खाताधारक / ई-मेल (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout details are stored in your system keyring, never in the database; only the last four digits are shown.</source>
        <translation>भुगतान का विवरण आपके सिस्टम कीरिंग में रखा जाता है, डेटाबेस में कभी नहीं; सिर्फ़ आख़िरी चार अंक दिखते हैं।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{mask} — leave empty to keep</source>
        <translation>{mask} — रखने के लिए ख़ाली छोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stored</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Upwork&apos;s fee: {note}</source>
        <translation>Upwork की फ़ीस: {note}</translation>
    </message>
</context>
<context>
    <name>MethodsModel</name>
    <message>
        <location filename="../../ui/payments/models.py" line="+180"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable from</source>
        <translation>कब से इस्तेमाल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Retired</source>
        <translation>बंद किया गया</translation>
    </message>
</context>
<context>
    <name>MilestoneAction</name>
    <message>
        <location filename="../../models/contracts.py" line="-32"/>
        <source>fund</source>
        <translation>फ़ंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submit</source>
        <translation>सबमिट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request changes</source>
        <translation>बदलाव का अनुरोध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark paid</source>
        <translation>भुगतान दर्ज</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/contracts/dialogs.py" line="-110"/>
        <source>Edit Milestone</source>
        <translation>माइलस्टोन बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Milestone</source>
        <translation>माइलस्टोन जोड़ें</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+11"/>
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
    <name>MilestoneState</name>
    <message>
        <location filename="../../models/contracts.py" line="-23"/>
        <source>Not funded</source>
        <translation>फ़ंड नहीं हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded (in escrow)</source>
        <translation>फ़ंडेड (एस्क्रो में)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>सबमिट किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>बदलाव माँगे गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <location filename="../../ui/proposals/bid.py" line="-645"/>
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
        <translation>माइलस्टोन की रकम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone due day</source>
        <translation>माइलस्टोन की नियत तारीख</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>कोई तारीख नहीं</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../../ui/contracts/models.py" line="+27"/>
        <source>Milestone</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>नियत</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>auto-approves {0}</source>
        <translation>{0} को अपने-आप मंज़ूर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>available {0}</source>
        <translation>{0} को उपलब्ध</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paid {0}</source>
        <translation>{0} को भुगतान हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client to fund</source>
        <translation>क्लाइंट फ़ंड करेगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resubmit</source>
        <translation>फिर से सबमिट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submit when done</source>
        <translation>पूरा होने पर सबमिट करें</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Overdue</source>
        <translation>समय निकल गया</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="-382"/>
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
        <source>Submit the work; the client has {days} days to answer</source>
        <translation>काम सबमिट करें; क्लाइंट के पास जवाब देने के लिए {days} दिन हैं</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+31"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; of the {1} price is in no milestone yet: add it as milestones when you agree them with the client.</source>
        <translation>{1} की कीमत में से &lt;b&gt;{0}&lt;/b&gt; अभी किसी माइलस्टोन में नहीं है: क्लाइंट से तय होने पर इसे माइलस्टोन के रूप में जोड़ें।</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <source>Submitted: the client approves or asks for changes; otherwise it is approved automatically {days} days after submission.</source>
        <translation>सबमिट हो गया: क्लाइंट मंज़ूर करेगा या बदलाव माँगेगा; वरना सबमिट करने के {days} दिन बाद अपने-आप मंज़ूर हो जाएगा।</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Submitting “{0}”. If the client does not answer, it is approved automatically on {1}.</source>
        <translation>“{0}” सबमिट हो रहा है। क्लाइंट जवाब न दे तो यह {1} को अपने-आप मंज़ूर हो जाएगा।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How much did the client release of {0}? A partial release rolls the rest into the next milestone. The payment is available on {1}.</source>
        <translation>क्लाइंट ने {0} में से कितना जारी किया? आंशिक भुगतान होने पर बाकी रकम अगले माइलस्टोन में चली जाती है। भुगतान {1} को उपलब्ध होगा।</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message numerus="yes">
        <location line="-80"/>
        <source>Contract value &lt;b&gt;{0}&lt;/b&gt; · released &lt;b&gt;{1}&lt;/b&gt; · in escrow &lt;b&gt;{2}&lt;/b&gt; · %n milestone(s)</source>
        <translation>
            <numerusform>कॉन्ट्रैक्ट मूल्य &lt;b&gt;{0}&lt;/b&gt; · जारी &lt;b&gt;{1}&lt;/b&gt; · एस्क्रो में &lt;b&gt;{2}&lt;/b&gt; · %n माइलस्टोन</numerusform>
            <numerusform>कॉन्ट्रैक्ट मूल्य &lt;b&gt;{0}&lt;/b&gt; · जारी &lt;b&gt;{1}&lt;/b&gt; · एस्क्रो में &lt;b&gt;{2}&lt;/b&gt; · %n माइलस्टोन</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
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
        <location line="+6"/>
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
    <name>MoneyPage</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+2"/>
        <location filename="../../ui/settings/money.py" line="+22"/>
        <source>Money and Connects</source>
        <translation>पैसा और Connects</translation>
    </message>
    <message>
        <location filename="../../ui/settings/money.py" line="+7"/>
        <source>Membership plan</source>
        <translation>सदस्यता प्लान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic</source>
        <translation>बेसिक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{plan} — {n} Connects a month</source>
        <translation>{plan} — हर महीने {n} Connects</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Home currency</source>
        <translation>अपनी मुद्रा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balances are also shown in the home currency, at the rate of your latest withdrawal in it.</source>
        <translation>बैलेंस आपकी अपनी मुद्रा में भी दिखते हैं, उस मुद्रा में आपकी पिछली निकासी की दर पर।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Membership &amp;plan:</source>
        <translation>सदस्यता प्लान (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;currency:</source>
        <translation>अपनी मुद्रा (&amp;C):</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../ui/payments/chart.py" line="+36"/>
        <source>Monthly net earnings and fees chart</source>
        <translation>मासिक शुद्ध कमाई और फ़ीस का चार्ट</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{title}: net {net}, fees {fees} in %n period(s)</source>
        <translation>
            <numerusform>{title}: %n अवधि में शुद्ध {net}, फ़ीस {fees}</numerusform>
            <numerusform>{title}: %n अवधियों में शुद्ध {net}, फ़ीस {fees}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Service fees</source>
        <translation>सर्विस फ़ीस</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earnings in this period yet</source>
        <translation>इस अवधि में अभी कोई कमाई नहीं</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gross {amount}</source>
        <translation>कुल {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fees {amount}</source>
        <translation>सर्विस फ़ीस {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net {amount}</source>
        <translation>शुद्ध {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects &amp;amp; other costs {amount}</source>
        <translation>Connects और अन्य ख़र्च {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} hours billed</source>
        <translation>{n} घंटे बिल हुए</translation>
    </message>
    <message>
        <location filename="../../ui/payments/tab.py" line="+104"/>
        <source>Q{q} {year}</source>
        <translation>तिमाही {q} {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q{q} ’{yy}</source>
        <translation>ति{q} ’{yy}</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+1"/>
        <location filename="../../ui/settings/notifications.py" line="+16"/>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/notifications.py" line="+4"/>
        <source>Shown by the tray icon (or in the status bar) while the app is open; each one once.</source>
        <translation>ऐप खुला रहने पर ट्रे आइकन (या स्टेटस बार) में दिखती हैं; हर सूचना एक बार।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups due on proposals</source>
        <translation>प्रपोज़ल पर बाक़ी फ़ॉलो-अप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work diary locks soon (Monday 11:59 UTC)</source>
        <translation>वर्क डायरी जल्द लॉक होगी (सोमवार 11:59 UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A milestone approves itself within two days</source>
        <translation>कोई माइलस्टोन दो दिन में अपने-आप स्वीकृत होगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects expire within a week</source>
        <translation>Connects एक हफ़्ते में समाप्त होंगे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved search has new jobs</source>
        <translation>किसी सहेजी गई खोज में नई जॉब हैं</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Idle time</source>
        <translation>निष्क्रिय समय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask about idle time after</source>
        <translation>इतनी देर निष्क्रिय रहने पर पूछें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>While a timer runs and the keyboard and mouse are left alone this long, the app asks on your return whether to keep that time or discard it.</source>
        <translation>टाइमर चलते समय अगर कीबोर्ड और माउस इतनी देर तक न छुए जाएँ, तो आपके लौटने पर ऐप पूछता है कि वह समय रखना है या हटाना है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system does not report idle time (a Wayland session, or an X server without the screen saver extension), so the timer cannot ask.</source>
        <translation>यह सिस्टम निष्क्रिय समय नहीं बताता (Wayland सत्र, या स्क्रीन सेवर एक्सटेंशन के बिना X सर्वर), इसलिए टाइमर नहीं पूछ सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask about idle time &amp;after:</source>
        <translation>इतनी देर निष्क्रिय रहने पर पूछें (&amp;A):</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="+54"/>
        <source>Follow-ups due</source>
        <translation>फ़ॉलो-अप बाक़ी</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposal(s) to follow up on today.</source>
        <translation>
            <numerusform>आज %n प्रपोज़ल पर फ़ॉलो-अप करना है।</numerusform>
            <numerusform>आज %n प्रपोज़ल पर फ़ॉलो-अप करना है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work diary locks soon</source>
        <translation>वर्क डायरी जल्द लॉक होगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week&apos;s diary can be changed until {when} (Monday 11:59 UTC).</source>
        <translation>पिछले हफ़्ते की डायरी {when} (सोमवार 11:59 UTC) तक बदली जा सकती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A milestone approves itself soon</source>
        <translation>एक माइलस्टोन जल्द अपने-आप स्वीकृत होगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{milestone}” on {contract} is approved automatically {when}.</source>
        <translation>{contract} का “{milestone}” {when} को अपने-आप स्वीकृत हो जाएगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connects about to expire</source>
        <translation>Connects जल्द समाप्त होंगे</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Expiring on {day}: %n Connect(s).</source>
        <translation>
            <numerusform>{day} को समाप्त: %n Connect।</numerusform>
            <numerusform>{day} को समाप्त: %n Connects।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new job(s) for “{name}”.</source>
        <translation>
            <numerusform>“{name}” के लिए %n नई जॉब।</numerusform>
            <numerusform>“{name}” के लिए %n नई जॉब।</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New jobs for a saved search</source>
        <translation>सहेजी गई खोज के लिए नई जॉब</translation>
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
        <location line="+15"/>
        <source>What clients see before “more”</source>
        <translation>“more” से पहले क्लाइंट क्या देखते हैं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overview preview</source>
        <translation>ओवरव्यू का पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{chars} characters · {words} words (aim for {aim}+)</source>
        <translation>{chars} अक्षर · {words} शब्द (लक्ष्य {aim}+)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your first {n} characters will appear here.</source>
        <translation>आपके पहले {n} अक्षर यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more</source>
        <translation>और</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/data_actions.py" line="-484"/>
        <source>{app} — locked data</source>
        <translation>{app} — बंद (लॉक) डेटा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase or recovery key</source>
        <translation>पासफ़्रेज़ या रिकवरी कुंजी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what I type</source>
        <translation>जो लिखूँ वह दिखाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the data</source>
        <translation>डेटा खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../ui/jobs/dialogs.py" line="-117"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} words</source>
        <translation>{n} शब्द</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Paste job postings</source>
        <translation>जॉब पोस्टिंग पेस्ट करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste postings copied from a job page or from search results. Several postings are split automatically; check what was understood.</source>
        <translation>जॉब पेज या सर्च नतीजों से कॉपी की गई पोस्टिंग पेस्ट करें। कई पोस्टिंग अपने-आप अलग हो जाती हैं; जाँच लें कि क्या समझा गया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pasted text</source>
        <translation>पेस्ट किया गया टेक्स्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was understood</source>
        <translation>क्या समझा गया</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Add the postings</source>
        <translation>पोस्टिंग जोड़ें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No job posting found in this text yet. Paste the whole posting, title first.</source>
        <translation>इस टेक्स्ट में अभी कोई जॉब पोस्टिंग नहीं मिली। पूरी पोस्टिंग पेस्ट करें, शीर्षक सबसे पहले।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no title)</source>
        <translation>(कोई शीर्षक नहीं)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add 1 job</source>
        <translation>1 जॉब जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {n} jobs</source>
        <translation>{n} जॉब जोड़ें</translation>
    </message>
</context>
<context>
    <name>PaymentCommands</name>
    <message>
        <location filename="../../ui/operations/payments.py" line="+25"/>
        <source>Record earning</source>
        <translation>कमाई दर्ज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record cost</source>
        <translation>ख़र्च दर्ज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record withdrawal</source>
        <translation>निकासी दर्ज करें</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Restore {name}</source>
        <translation>{name} फिर से चालू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire {name}</source>
        <translation>{name} बंद करें</translation>
    </message>
</context>
<context>
    <name>PaymentKind</name>
    <message>
        <location filename="../../models/payments.py" line="+58"/>
        <source>Hourly</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price</source>
        <translation>फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>बोनस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>सर्विस फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal</source>
        <translation>निकासी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal fee</source>
        <translation>निकासी फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership fee</source>
        <translation>मेंबरशिप फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card payment</source>
        <translation>कार्ड भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miscellaneous</source>
        <translation>फ़ुटकर</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location line="+12"/>
        <source>US bank (ACH)</source>
        <translation>US बैंक (ACH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct to local bank</source>
        <translation>सीधे स्थानीय बैंक में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US dollar wire</source>
        <translation>US डॉलर वायर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instant pay</source>
        <translation>इंस्टेंट पे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payoneer</source>
        <translation>Payoneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <location line="-14"/>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>निकाला गया</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../ui/payments/tab.py" line="+151"/>
        <location line="+1171"/>
        <source>Payments</source>
        <translation>पेमेंट्स</translation>
    </message>
    <message>
        <location line="-1122"/>
        <source>Import Upwork &amp;Transactions…</source>
        <translation>Upwork लेन-देन इम्पोर्ट करें (&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Upwork transaction statements or Weekly Summary exports (CSV)</source>
        <translation>Upwork के लेन-देन स्टेटमेंट या वीकली समरी एक्सपोर्ट (CSV) इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Ledger as &amp;CSV…</source>
        <translation>खाता CSV के रूप में एक्सपोर्ट करें (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transactions shown in the ledger, for your accountant</source>
        <translation>खाते में दिख रहे लेन-देन, आपके अकाउंटेंट के लिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Report as CSV…</source>
        <translation>रिपोर्ट CSV के रूप में एक्सपोर्ट करें (&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Earnings &amp;Statement (PDF)…</source>
        <translation>कमाई का स्टेटमेंट (PDF) एक्सपोर्ट करें (&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;Earning…</source>
        <translation>कमाई दर्ज करें (&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Cost…</source>
        <translation>ख़र्च दर्ज करें (&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;Withdrawal…</source>
        <translation>निकासी दर्ज करें (&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Transaction…</source>
        <translation>लेन-देन बदलें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Transaction</source>
        <translation>लेन-देन हटाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Ref ID</source>
        <translation>Ref ID कॉपी करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Contract</source>
        <translation>कॉन्ट्रैक्ट दिखाएँ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No transactions yet</source>
        <translation>अभी कोई लेन-देन नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an Upwork transaction statement (CSV) with File ▸ Import Upwork Transactions (Ctrl+Shift+I), or record earnings as your contracts pay out (Ctrl+Shift+E).</source>
        <translation>फ़ाइल ▸ Upwork लेन-देन इम्पोर्ट करें (Ctrl+Shift+I) से Upwork का लेन-देन स्टेटमेंट (CSV) इम्पोर्ट करें, या कॉन्ट्रैक्ट से भुगतान आने पर कमाई दर्ज करें (Ctrl+Shift+E)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payments views</source>
        <translation>पेमेंट्स के दृश्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger</source>
        <translation>खाता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <location line="-312"/>
        <location line="+313"/>
        <location line="+247"/>
        <source>Withdrawals</source>
        <translation>निकासी</translation>
    </message>
    <message>
        <location line="-563"/>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings</source>
        <translation>कमाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Costs</source>
        <translation>ख़र्च</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By month</source>
        <translation>महीने के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By client</source>
        <translation>क्लाइंट के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By contract</source>
        <translation>कॉन्ट्रैक्ट के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>श्रेणी के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees and costs</source>
        <translation>फ़ीस और ख़र्च</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>A statement of the report period for your accountant. It is always in English with plain US-dollar figures, whatever the app&apos;s language, like Upwork&apos;s own statements</source>
        <translation>आपके अकाउंटेंट के लिए रिपोर्ट अवधि का स्टेटमेंट। ऐप की भाषा चाहे जो हो, यह Upwork के अपने स्टेटमेंट की तरह हमेशा अंग्रेज़ी में और सादे US डॉलर के आँकड़ों में होता है</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Payments are for the workspace&apos;s owners</source>
        <translation>पेमेंट्स वर्कस्पेस के मालिकों के लिए हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this agency workspace the ledger, balances and withdrawal methods are shown only to its owners. Your proposals, contracts and time are in their tabs; ask an owner about your pay.</source>
        <translation>इस एजेंसी वर्कस्पेस में लेजर, शेष राशि और निकासी के तरीके केवल उसके मालिकों को दिखते हैं। आपके प्रपोज़ल, कॉन्ट्रैक्ट और समय उनके टैब में हैं; अपने भुगतान के बारे में किसी मालिक से पूछें।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workspace server cannot be reached</source>
        <translation>वर्कस्पेस सर्वर तक नहीं पहुँचा जा सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments has not read the ledger from it yet. It is read as soon as the server is back; nothing you did is lost meanwhile.</source>
        <translation>पेमेंट्स ने अभी तक उससे खाता नहीं पढ़ा है। सर्वर लौटते ही इसे पढ़ा जाएगा; इस बीच आपका किया कुछ भी नहीं खोता।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This week</source>
        <translation>इस हफ़्ते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly work so far this week (Mon–Sun UTC), billed to the client next Monday</source>
        <translation>इस हफ़्ते (सोम–रवि UTC) अब तक का घंटेवार काम, जिसका बिल क्लाइंट को अगले सोमवार जाएगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly pay the client can still review (until Friday 23:59 UTC after the week)</source>
        <translation>प्रति घंटा भुगतान जिसकी क्लाइंट अभी भी समीक्षा कर सकता है (सप्ताह के बाद शुक्रवार 23:59 UTC तक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved pay waiting out Upwork&apos;s security period</source>
        <translation>मंज़ूर भुगतान, जो Upwork की सुरक्षा अवधि पूरी होने का इंतज़ार कर रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can withdraw now, after fees and costs</source>
        <translation>फ़ीस और ख़र्च के बाद जो आप अभी निकाल सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn this year</source>
        <translation>इस साल निकाला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawals since January 1 (withdrawal fees in the note)</source>
        <translation>1 जनवरी से अब तक की निकासी (निकासी फ़ीस नोट में)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coming up</source>
        <translation>आगे आने वाला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming availability</source>
        <translation>आगे उपलब्ध होने वाली रकम</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Period</source>
        <translation>अवधि</translation>
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
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search transactions</source>
        <translation>लेन-देन खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search description, client, Ref ID…</source>
        <translation>विवरण, क्लाइंट, Ref ID खोजें…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Selected transaction</source>
        <translation>चुना हुआ लेन-देन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals of the shown transactions</source>
        <translation>दिखाए गए लेन-देन का जोड़</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report period</source>
        <translation>रिपोर्ट की अवधि</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group by</source>
        <translation>इसके हिसाब से बाँटें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>अवधि:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>दिखाएँ:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key figures</source>
        <translation>मुख्य आँकड़े</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add Method…</source>
        <translation>तरीका जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add withdrawal method</source>
        <translation>निकासी का तरीका जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit withdrawal method</source>
        <translation>निकासी का तरीका बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+640"/>
        <source>Retire</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="-639"/>
        <source>Retire or restore the withdrawal method</source>
        <translation>निकासी का तरीका बंद करें या फिर से चालू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Withdrawal…</source>
        <translation>निकासी दर्ज करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a withdrawal</source>
        <translation>निकासी दर्ज करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Home currency:</source>
        <translation>अपनी मुद्रा:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home currency</source>
        <translation>अपनी मुद्रा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balances are also shown in this currency, at the last exchange rate recorded on a withdrawal</source>
        <translation>बैलेंस इस मुद्रा में भी दिखाए जाते हैं, किसी निकासी पर दर्ज आख़िरी विनिमय दर से</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawal methods</source>
        <translation>निकासी के तरीके</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Withdrawals&lt;/b&gt;</source>
        <translation>&lt;b&gt;निकासी&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The workspace server cannot be reached: Payments shows what it read at {time}. It reads again when the server is back.</source>
        <translation>वर्कस्पेस सर्वर तक नहीं पहुँचा जा सकता: पेमेंट्स वही दिखा रहा है जो उसने {time} पर पढ़ा था। सर्वर लौटने पर यह फिर से पढ़ेगा।</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>{hours} h · %n contract(s)</source>
        <translation>
            <numerusform>{hours} घंटे · %n कॉन्ट्रैक्ट</numerusform>
            <numerusform>{hours} घंटे · %n कॉन्ट्रैक्ट</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no hours yet</source>
        <translation>अभी कोई घंटे नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(at {rate}, {day})</source>
        <translation>({rate} पर, {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year} · fees {fees}</source>
        <translation>{year} · फ़ीस {fees}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} available on {day}</source>
        <translation>{amount} {day} को उपलब्ध</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{amount} more later</source>
        <translation>{amount} बाद में</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing pending — all earnings are available.</source>
        <translation>कुछ भी लंबित नहीं — सारी कमाई उपलब्ध है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>All time</source>
        <translation>शुरू से अब तक</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Last 12 months</source>
        <translation>पिछले 12 महीने</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All clients</source>
        <translation>सभी क्लाइंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All contracts</source>
        <translation>सभी कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{count} transactions · billed {gross} · fees {fee} · balance change &lt;b&gt;{net}&lt;/b&gt;</source>
        <translation>{count} लेन-देन · बिल {gross} · फ़ीस {fee} · बैलेंस में बदलाव &lt;b&gt;{net}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monthly net earnings and service fees — {p}</source>
        <translation>मासिक शुद्ध कमाई और सर्विस फ़ीस — {p}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly net earnings and service fees — {p}</source>
        <translation>तिमाही शुद्ध कमाई और सर्विस फ़ीस — {p}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly net earnings and service fees — {p}</source>
        <translation>सालाना शुद्ध कमाई और सर्विस फ़ीस — {p}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gross billed</source>
        <translation>कुल बिल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fees ({r}%)</source>
        <translation>सर्विस फ़ीस ({r}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Net earnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;शुद्ध कमाई&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>मेंबरशिप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal fees</source>
        <translation>निकासी फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Take-home&lt;/b&gt;</source>
        <translation>&lt;b&gt;हाथ में आया&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>निकाला गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours billed</source>
        <translation>बिल किए घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly: billed</source>
        <translation>प्रति घंटा: बिल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after fees</source>
        <translation>फ़ीस के बाद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after fees and Connects</source>
        <translation>फ़ीस और Connects के बाद</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} selected</source>
        <translation>{n} चुने गए</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ref ID {ref}</source>
        <translation>Ref ID {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gross {gross} − fee {fee} = net {net}</source>
        <translation>कुल {gross} − फ़ीस {fee} = शुद्ध {net}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service fee {fee} on its own row; net after it {net}</source>
        <translation>सर्विस फ़ीस {fee} अलग पंक्ति में; उसके बाद शुद्ध {net}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>taken from {kind} {ref}</source>
        <translation>{kind} {ref} से लिया गया</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>available {day}</source>
        <translation>{day} को उपलब्ध</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} at {rate}</source>
        <translation>{amount}, दर {rate}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import Upwork transactions</source>
        <translation>Upwork लेन-देन इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %n transaction(s); {skipped} already in the ledger.</source>
        <translation>
            <numerusform>%n लेन-देन इम्पोर्ट हुआ; {skipped} पहले से लेजर में थे।</numerusform>
            <numerusform>%n लेन-देन इम्पोर्ट हुए; {skipped} पहले से लेजर में थे।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {added} added, {skipped} skipped; linked: fees to payments {fees}, rows to clients {clients}, to contracts {contracts}</source>
        <translation>{file}: {added} जोड़े, {skipped} छोड़े; जोड़े गए: भुगतानों से फ़ीस {fees}, क्लाइंट से पंक्तियाँ {clients}, कॉन्ट्रैक्ट से {contracts}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Added %n contract(s) to Contracts: {names}</source>
        <translation>
            <numerusform>कॉन्ट्रैक्ट में %n कॉन्ट्रैक्ट जोड़ा गया: {names}</numerusform>
            <numerusform>कॉन्ट्रैक्ट में %n कॉन्ट्रैक्ट जोड़े गए: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Linked %n transaction(s) imported earlier to them.</source>
        <translation>
            <numerusform>पहले इम्पोर्ट किया गया %n लेन-देन उनसे जोड़ा गया।</numerusform>
            <numerusform>पहले इम्पोर्ट किए गए %n लेन-देन उनसे जोड़े गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported %n transaction(s); {skipped} already in the ledger</source>
        <translation>
            <numerusform>%n लेन-देन इम्पोर्ट हुआ; {skipped} पहले से लेजर में थे</numerusform>
            <numerusform>%n लेन-देन इम्पोर्ट हुए; {skipped} पहले से लेजर में थे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <source>Delete %n transaction(s)</source>
        <translation>
            <numerusform>%n लेन-देन हटाएँ</numerusform>
            <numerusform>%n लेन-देन हटाएँ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{t} — kept on this computer, sent when the workspace server is back; Edit ▸ Undo takes it back</source>
        <translation>{t} — इसी कंप्यूटर पर रखा गया, वर्कस्पेस सर्वर लौटने पर भेजा जाएगा; संपादन ▸ पूर्ववत करें से इसे वापस लिया जा सकता है</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Export cancelled</source>
        <translation>एक्सपोर्ट रद्द हुआ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the ledger</source>
        <translation>खाता एक्सपोर्ट हो रहा है</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n transaction(s) to {p}</source>
        <translation>
            <numerusform>%n लेन-देन {p} में एक्सपोर्ट हुआ</numerusform>
            <numerusform>%n लेन-देन {p} में एक्सपोर्ट हुए</numerusform>
        </translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Contract not added: {why}</source>
        <translation>कॉन्ट्रैक्ट नहीं जुड़ा: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import finished</source>
        <translation>इम्पोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import failed</source>
        <translation>इम्पोर्ट नहीं हो सका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.

{e}</source>
        <translation>कुछ भी इम्पोर्ट नहीं हुआ।

{e}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import cancelled; nothing was changed</source>
        <translation>इम्पोर्ट रद्द; कुछ नहीं बदला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing transactions</source>
        <translation>लेन-देन इम्पोर्ट हो रहे हैं</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Earning recorded</source>
        <translation>कमाई दर्ज हुई</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost recorded</source>
        <translation>ख़र्च दर्ज हुआ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a withdrawal method first</source>
        <translation>पहले निकासी का तरीका जोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawal recorded</source>
        <translation>निकासी दर्ज हुई</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdrawal method added</source>
        <translation>निकासी का तरीका जुड़ा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>फिर से चालू करें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Method saved</source>
        <translation>तरीका सेव हुआ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} retired</source>
        <translation>{name} बंद किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} restored</source>
        <translation>{name} फिर से चालू</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n transaction(s) waiting to be deleted when the workspace server is back</source>
        <translation>
            <numerusform>वर्कस्पेस सर्वर लौटने पर हटाए जाने के लिए %n लेन-देन पहले से रुका है</numerusform>
            <numerusform>वर्कस्पेस सर्वर लौटने पर हटाए जाने के लिए %n लेन-देन पहले से रुके हैं</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transaction saved</source>
        <translation>लेन-देन सेव हुआ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{t} — Edit ▸ Undo brings them back</source>
        <translation>{t} — संपादन ▸ पूर्ववत करें से वापस आ जाते हैं</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export ledger</source>
        <translation>खाता एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+25"/>
        <source>Cannot write {p}: {e}</source>
        <translation>{p} में लिख नहीं सके: {e}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export report</source>
        <translation>रिपोर्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report exported to {p}</source>
        <translation>रिपोर्ट {p} में एक्सपोर्ट हुई</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export earnings statement</source>
        <translation>कमाई का स्टेटमेंट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the earnings statement</source>
        <translation>कमाई का स्टेटमेंट लिखा जा रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement saved to {p}</source>
        <translation>स्टेटमेंट {p} में सेव हुआ</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../ui/profile/photo.py" line="-162"/>
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
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/proposals/letter.py" line="-435"/>
        <source>the client&apos;s first name (a company&apos;s whole name), or “there”</source>
        <translation>क्लाइंट का पहला नाम (कंपनी हो तो पूरा नाम), या “there”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job post&apos;s title</source>
        <translation>जॉब पोस्ट का शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the skills the job asks for</source>
        <translation>जॉब में माँगी गई स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job post&apos;s link</source>
        <translation>जॉब पोस्ट का लिंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name from the profile</source>
        <translation>प्रोफ़ाइल से आपका नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your profile title</source>
        <translation>आपकी प्रोफ़ाइल का शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your profile&apos;s top skills</source>
        <translation>आपकी प्रोफ़ाइल की मुख्य स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your bid: hourly rate or fixed price</source>
        <translation>आपकी बोली: प्रति घंटा दर या फ़िक्स्ड प्राइस</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/insights/plan_dialog.py" line="+48"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Planned withdrawals</source>
        <translation>योजनाबद्ध निकासियाँ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cash flow counts each planned withdrawal, with its fee, against your balance from its day on. Planning moves no money.</source>
        <translation>नकदी प्रवाह हर योजनाबद्ध निकासी को, उसके शुल्क सहित, उसके दिन से आपकी शेष राशि में से घटाता है। योजना बनाने से कोई पैसा नहीं हिलता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected planned withdrawal</source>
        <translation>चुनी गई योजनाबद्ध निकासी हटाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount in USD</source>
        <translation>USD में राशि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal method</source>
        <translation>निकासी का तरीका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No method (no fee counted)</source>
        <translation>कोई तरीका नहीं (शुल्क नहीं गिना गया)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day:</source>
        <translation>दिन (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (USD):</source>
        <translation>राशि (USD) (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>तरीका (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>टिप्पणी (&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Plan</source>
        <translation>योजना बनाएँ (&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan this withdrawal</source>
        <translation>यह निकासी योजना में जोड़ें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, fee %2</source>
        <translation>%1, शुल्क %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No withdrawals planned yet.</source>
        <translation>अभी कोई निकासी योजना में नहीं है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fee %1; %2 leaves your balance.</source>
        <translation>शुल्क %1; आपकी शेष राशि से %2 घटेंगे।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the amount to withdraw in USD.</source>
        <translation>निकालने की राशि USD में लिखें।</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="+135"/>
        <location line="+2"/>
        <source>Job posting</source>
        <translation>जॉब पोस्टिंग</translation>
    </message>
</context>
<context>
    <name>PostingView</name>
    <message>
        <location line="-50"/>
        <location line="+3"/>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} fixed</source>
        <translation>{amount} फ़िक्स्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience</source>
        <translation>अनुभव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposals</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to apply</source>
        <translation>अप्लाई करने के Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>पोस्ट हुआ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment verified</source>
        <translation>भुगतान वेरिफ़ाइड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment NOT verified</source>
        <translation>भुगतान वेरिफ़ाइड नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ {rating} ({n} reviews)</source>
        <translation>★ {rating} ({n} रिव्यू)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} spent</source>
        <translation>{amount} ख़र्च किए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} hires</source>
        <translation>{n} हायर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}% hire rate</source>
        <translation>{n}% हायर दर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member since {day}</source>
        <translation>{day} से सदस्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client figures as of</source>
        <translation>क्लाइंट के आँकड़े कब के</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No description saved.</source>
        <translation>कोई विवरण सेव नहीं है।</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../../ui/operations/profile.py" line="+31"/>
        <source>profile name</source>
        <translation>प्रोफ़ाइल का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overview</source>
        <translation>ओवरव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>availability</source>
        <translation>उपलब्धता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video link</source>
        <translation>वीडियो लिंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Edit {fields}</source>
        <translation>{fields} बदलें</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change photo</source>
        <translation>फ़ोटो बदलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove photo</source>
        <translation>फ़ोटो हटाएँ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add {what}</source>
        <translation>{what} जोड़ें</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit {what}</source>
        <translation>{what} बदलें</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete {what} “{title}”</source>
        <translation>{what} “{title}” हटाएँ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move {what}</source>
        <translation>{what} खिसकाएँ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose portfolio items</source>
        <translation>पोर्टफ़ोलियो आइटम चुनें</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete profile “{name}”</source>
        <translation>प्रोफ़ाइल “{name}” हटाएँ</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <location filename="../../desktop/services/profile.py" line="+76"/>
        <source>Specialized profiles</source>
        <translation>विशेष प्रोफ़ाइलें</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Video URL</source>
        <translation>वीडियो का पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio item link</source>
        <translation>पोर्टफ़ोलियो आइटम का लिंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification link</source>
        <translation>सर्टिफ़िकेशन का लिंक</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../ui/profile/lists.py" line="-325"/>
        <source>Basic</source>
        <translation>बुनियादी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversational</source>
        <translation>बातचीत लायक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluent</source>
        <translation>धाराप्रवाह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native or bilingual</source>
        <translation>मातृभाषा या द्विभाषी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>portfolio item</source>
        <translation>पोर्टफ़ोलियो आइटम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certification</source>
        <translation>सर्टिफ़िकेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment</source>
        <translation>नौकरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <message>
        <location line="+14"/>
        <source>present</source>
        <translation>अब तक</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>issued {date}</source>
        <translation>{date} को जारी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EXPIRED on {date}</source>
        <translation>{date} को समाप्त हो चुका</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expires in {days} ({date})</source>
        <translation>{days} में समाप्त ({date})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>valid until {date}</source>
        <translation>{date} तक मान्य</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role} at {company}</source>
        <translation>{company} में {role}</translation>
    </message>
    <message>
        <location filename="../../ui/profile/fields.py" line="-411"/>
        <source>More than 30 hrs/week</source>
        <translation>हफ़्ते में 30 घंटे से ज़्यादा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than 30 hrs/week</source>
        <translation>हफ़्ते में 30 घंटे से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed – open to offers</source>
        <translation>ज़रूरत के अनुसार – ऑफ़र के लिए खुला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available for new work</source>
        <translation>नए काम के लिए उपलब्ध नहीं</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <location filename="../../desktop/services/profile.py" line="+3"/>
        <source>Portfolio item</source>
        <translation>पोर्टफ़ोलियो आइटम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification</source>
        <translation>सर्टिफ़िकेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>नौकरी का इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
</context>
<context>
    <name>ProfileListField</name>
    <message>
        <location line="+3"/>
        <source>title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed on</source>
        <translation>पूरा होने की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued on</source>
        <translation>जारी होने की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires on</source>
        <translation>समाप्ति की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start on</source>
        <translation>शुरू होने की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end on</source>
        <translation>ख़त्म होने की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation>स्कूल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start year</source>
        <translation>शुरू होने का वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end year</source>
        <translation>ख़त्म होने का वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
</context>
<context>
    <name>ProfileStrength</name>
    <message>
        <location filename="../../ui/profile/strength.py" line="+29"/>
        <source>Photo added</source>
        <translation>फ़ोटो जोड़ी गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a professional photo</source>
        <translation>एक प्रोफ़ेशनल फ़ोटो जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clear, friendly head-and-shoulders shot.</source>
        <translation>साफ़, मुस्कुराती फ़ोटो जिसमें सिर और कंधे दिखें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a title</source>
        <translation>शीर्षक जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short, specific headline: what you do and for whom.</source>
        <translation>छोटा, सटीक शीर्षक: आप क्या करते हैं और किसके लिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title is too long ({length} of {most} characters)</source>
        <translation>शीर्षक बहुत लंबा है ({length} अक्षर, सीमा {most})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients see a cut-off headline; keep the specific part.</source>
        <translation>क्लाइंट को कटा हुआ शीर्षक दिखता है; सटीक हिस्सा रखें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title is too generic</source>
        <translation>शीर्षक बहुत आम है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a niche, tool or result, e.g. “Shopify developer for fast, conversion-focused stores”.</source>
        <translation>कोई ख़ास क्षेत्र, टूल या नतीजा बताएँ, जैसे “Shopify developer for fast, conversion-focused stores”।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specific title</source>
        <translation>सटीक शीर्षक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an overview</source>
        <translation>ओवरव्यू लिखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {min_words} words on the problems you solve.</source>
        <translation>आप जो समस्याएँ हल करते हैं, उन पर कम से कम {min_words} शब्द।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview is over the limit ({chars} of {most} characters)</source>
        <translation>ओवरव्यू सीमा से ज़्यादा है ({chars} अक्षर, सीमा {most})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview is short ({words} of {min_words}+ words)</source>
        <translation>ओवरव्यू छोटा है ({words} शब्द, चाहिए {min_words}+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add results, tools and how you work.</source>
        <translation>नतीजे, टूल और अपने काम का तरीका जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview is substantial ({words} words)</source>
        <translation>ओवरव्यू भरपूर है ({words} शब्द)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview ends with a call to action</source>
        <translation>ओवरव्यू के अंत में कॉल-टू-ऐक्शन है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a call to action</source>
        <translation>कॉल-टू-ऐक्शन जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close with an invitation, e.g. “Message me with your goals and I’ll reply within a day”.</source>
        <translation>अंत में न्योता दें, जैसे “Message me with your goals and I’ll reply within a day”।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong opening</source>
        <translation>दमदार शुरुआत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with what you do for the client</source>
        <translation>शुरुआत इससे करें कि आप क्लाइंट के लिए क्या करते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the first {preview} characters show before “more”; skip the greeting and lead with the result you deliver.</source>
        <translation>“more” से पहले सिर्फ़ शुरुआती {preview} अक्षर दिखते हैं; अभिवादन छोड़ें और उस नतीजे से शुरू करें जो आप देते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} skills listed</source>
        <translation>{count} स्किल्स दी गई हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add skills ({count} of at least {min})</source>
        <translation>स्किल्स जोड़ें (कम से कम {min} में से {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List up to {most} skills clients search for.</source>
        <translation>क्लाइंट जिन स्किल्स को खोजते हैं, उनमें से {most} तक दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category chosen</source>
        <translation>श्रेणी चुनी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a category</source>
        <translation>श्रेणी चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio items: {count}</source>
        <translation>पोर्टफ़ोलियो आइटम: {count}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{rate}/h is under {percent}% of the median rate of your hourly contracts ({contracts}).</source>
        <translation>{rate}/घंटा आपके घंटेवार कॉन्ट्रैक्ट ({contracts}) की माध्यिका दर के {percent}% से कम है।</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Add a portfolio item</source>
        <translation>पोर्टफ़ोलियो आइटम जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one finished project with your role and the result.</source>
        <translation>कोई पूरा किया प्रोजेक्ट दिखाएँ, अपनी भूमिका और नतीजे के साथ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certification expired: {name}</source>
        <translation>सर्टिफ़िकेशन समाप्त: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Expired on {date}; renew it or remove it.</source>
        <translation>{date} को समाप्त हुआ; इसे रिन्यू करें या हटाएँ।</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Certification expired: {name} (+{more} more)</source>
        <translation>सर्टिफ़िकेशन समाप्त: {name} (+{more} और)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a certification</source>
        <translation>सर्टिफ़िकेशन जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A current certificate backs up the skills you list.</source>
        <translation>मान्य सर्टिफ़िकेट आपकी बताई स्किल्स को पक्का करता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certification expires soon: {name}</source>
        <translation>सर्टिफ़िकेशन जल्द समाप्त होगा: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on {date}.</source>
        <translation>{date} को समाप्त होगा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications are current</source>
        <translation>सर्टिफ़िकेशन मान्य हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate set</source>
        <translation>प्रति घंटा दर तय है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set an hourly rate</source>
        <translation>प्रति घंटा दर तय करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients filter by rate; leaving it empty hides you from those searches.</source>
        <translation>क्लाइंट दर से फ़िल्टर करते हैं; इसे खाली छोड़ने पर आप उन खोजों में नहीं दिखेंगे।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate is far below what your contracts pay ({median}/h median)</source>
        <translation>दर आपके कॉन्ट्रैक्ट के भुगतान से बहुत कम है (मीडियन {median}/घंटा)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate is in line with your contracts</source>
        <translation>दर आपके कॉन्ट्रैक्ट के मुताबिक़ है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages listed</source>
        <translation>भाषाएँ दी गई हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your languages</source>
        <translation>अपनी भाषाएँ जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most clients check your English level.</source>
        <translation>ज़्यादातर क्लाइंट आपकी अंग्रेज़ी का स्तर देखते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment or education listed</source>
        <translation>नौकरी या शिक्षा दी गई है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add employment or education</source>
        <translation>नौकरी या शिक्षा जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past roles make your experience concrete.</source>
        <translation>पिछली भूमिकाएँ आपके अनुभव को ठोस बनाती हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excellent</source>
        <translation>बेहतरीन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting there</source>
        <translation>बेहतर हो रही है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs work</source>
        <translation>सुधार की ज़रूरत</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/profile/tab.py" line="+64"/>
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
        <location line="+23"/>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+5"/>
        <source>Merge…</source>
        <translation>मर्ज…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed fields you changed too: choose, field by field, what to keep</source>
        <translation>किसी और ने वही फ़ील्ड बदले जो आपने भी बदले: हर फ़ील्ड के लिए चुनें कि क्या रखना है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>एक्सपोर्ट…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile sections</source>
        <translation>प्रोफ़ाइल के हिस्से</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>You have the most specialized profiles allowed (2); delete one first.</source>
        <translation>आपके पास अधिकतम स्पेशलाइज़्ड प्रोफ़ाइलें (2) हैं; पहले एक हटाएँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General profile</source>
        <translation>सामान्य प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialized profile {n}</source>
        <translation>स्पेशलाइज़्ड प्रोफ़ाइल {n}</translation>
    </message>
    <message>
        <location line="+143"/>
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
        <source>Not saved: merge needed</source>
        <translation>सहेजा नहीं गया: मर्ज ज़रूरी है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this profile after you opened it. Your changes are kept; press Merge… to choose what to keep.</source>
        <translation>आपके खोलने के बाद किसी और ने यह प्रोफ़ाइल सहेजी। आपके बदलाव रखे गए हैं; क्या रखना है यह चुनने के लिए मर्ज… दबाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this computer</source>
        <translation>इसी कंप्यूटर पर रखा गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on the workspace yet: sent when its server can be reached (or, if someone else changed the same fields meanwhile, when you have merged them).</source>
        <translation>अभी वर्कस्पेस पर नहीं: उसके सर्वर तक पहुँच होते ही भेजा जाएगा (या, अगर इस बीच किसी और ने वही फ़ील्ड बदले हैं, तो आपके मर्ज करने के बाद)।</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+34"/>
        <source>Duplicate profile</source>
        <translation>प्रोफ़ाइल की कॉपी बनाएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New specialized profile</source>
        <translation>नई स्पेशलाइज़्ड प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created “{name}”. Give it a name and a specific title.</source>
        <translation>“{name}” बनाई गई। इसे एक नाम और साफ़ शीर्षक दें।</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+17"/>
        <source>Photo: {name} is not an image Qt can read.</source>
        <translation>फ़ोटो: {name} ऐसी तस्वीर नहीं है जिसे Qt पढ़ सके।</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Deleted “{title}” — Edit ▸ Undo brings it back.</source>
        <translation>“{title}” हटाया गया — संपादन ▸ पूर्ववत करें से वापस आएगा।</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overview</source>
        <translation>ओवरव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to copy yet — the {what} is empty.</source>
        <translation>अभी कॉपी करने को कुछ नहीं — {what} खाली है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the {what} ({n} characters) — paste it into the marketplace.</source>
        <translation>{what} कॉपी हो गया ({n} अक्षर) — इसे मार्केटप्लेस में पेस्ट करें।</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>Progress</name>
    <message>
        <location filename="../../desktop/security.py" line="+696"/>
        <source>Encrypting the database…</source>
        <translation>डेटाबेस एन्क्रिप्ट हो रहा है…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypting older backups and attached files…</source>
        <translation>पुराने बैकअप और संलग्न फ़ाइलें एन्क्रिप्ट हो रही हैं…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted</source>
        <translation>एन्क्रिप्ट हो गया</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decrypting the database…</source>
        <translation>डेटाबेस का एन्क्रिप्शन हटाया जा रहा है…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decrypted</source>
        <translation>एन्क्रिप्शन हट गया</translation>
    </message>
    <message>
        <location filename="../../desktop/services/archive.py" line="+199"/>
        <source>Exporting records…</source>
        <translation>रिकॉर्ड एक्सपोर्ट हो रहे हैं…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting attached files…</source>
        <translation>संलग्न फ़ाइलें एक्सपोर्ट हो रही हैं…</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>Reading the archive…</source>
        <translation>संग्रह पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking attached files…</source>
        <translation>संलग्न फ़ाइलें जाँची जा रही हैं…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing records…</source>
        <translation>रिकॉर्ड आयात हो रहे हैं…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Placing attached files…</source>
        <translation>संलग्न फ़ाइलें रखी जा रही हैं…</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="+120"/>
        <location line="+4"/>
        <source>Copying the database…</source>
        <translation>डेटाबेस की प्रति बन रही है…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying the backup…</source>
        <translation>बैकअप जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Checking the backup…</source>
        <translation>बैकअप जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keeping a copy of the current data…</source>
        <translation>मौजूदा डेटा की प्रति रखी जा रही है…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring…</source>
        <translation>बहाल हो रहा है…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restored</source>
        <translation>बहाल हो गया</translation>
    </message>
    <message>
        <location filename="../../desktop/services/feeds.py" line="+245"/>
        <source>Fetching job feeds…</source>
        <translation>जॉब फ़ीड लाई जा रही हैं…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pdf.py" line="+116"/>
        <source>Reading the ledger</source>
        <translation>खाता पढ़ा जा रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laying out the statement</source>
        <translation>स्टेटमेंट तैयार हो रहा है</translation>
    </message>
</context>
<context>
    <name>ProposalBoard</name>
    <message>
        <location filename="../../ui/proposals/board.py" line="+84"/>
        <source>Proposal board</source>
        <translation>प्रपोज़ल बोर्ड</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(untitled)</source>
        <translation>(बिना शीर्षक)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/h</source>
        <translation>/घंटा</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A {from_} proposal cannot be moved to {to}.</source>
        <translation>{from_} प्रपोज़ल को {to} में नहीं ले जाया जा सकता।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not undone</source>
        <translation>पूर्ववत नहीं हुआ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Status not changed</source>
        <translation>स्थिति नहीं बदली</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposal marked {status} — Edit ▸ Undo puts it back.</source>
        <translation>प्रपोज़ल {status} मार्क हुआ — संपादन ▸ पूर्ववत करें से पहले जैसा हो जाएगा।</translation>
    </message>
</context>
<context>
    <name>ProposalCommands</name>
    <message>
        <location filename="../../ui/operations/proposals.py" line="+42"/>
        <source>Delete “{title}”</source>
        <translation>“{title}” हटाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive proposal</source>
        <translation>प्रपोज़ल आर्काइव करें</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark “{title}” {status}</source>
        <translation>“{title}” को {status} मार्क करें</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove attachment</source>
        <translation>अटैचमेंट हटाएँ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete {kind}</source>
        <translation>{kind} हटाएँ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Change membership plan</source>
        <translation>मेंबरशिप प्लान बदलें</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Set Connects balance to {n}</source>
        <translation>Connects बैलेंस {n} पर सेट करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete Connects row</source>
        <translation>Connects की पंक्ति हटाएँ</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../ui/proposals/editor.py" line="+101"/>
        <source>Proposal editor</source>
        <translation>प्रपोज़ल एडिटर</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Proposal title</source>
        <translation>प्रपोज़ल का शीर्षक</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>जॉब</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Client name</source>
        <translation>क्लाइंट का नाम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile used</source>
        <translation>इस्तेमाल की गई प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on a day</source>
        <translation>किसी दिन फ़ॉलो-अप करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up day</source>
        <translation>फ़ॉलो-अप का दिन</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next step</source>
        <translation>अगला क़दम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to another status</source>
        <translation>किसी दूसरी स्थिति में ले जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>यहाँ ले जाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open job</source>
        <translation>जॉब खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the job in the browser</source>
        <translation>जॉब को ब्राउज़र में खोलें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge fields…</source>
        <translation>फ़ील्ड मर्ज करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge fields</source>
        <translation>फ़ील्ड मर्ज करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed fields you changed too: choose, field by field, what to keep</source>
        <translation>किसी और ने वही फ़ील्ड बदले जो आपने भी बदले: हर फ़ील्ड के लिए चुनें कि क्या रखना है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bid summary</source>
        <translation>बोली का सार</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposal pages</source>
        <translation>प्रपोज़ल के पेज</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status history</source>
        <translation>स्थिति का इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter</source>
        <translation>कवर लेटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bid &amp;&amp; fees</source>
        <translation>बोली और फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Questions &amp;&amp; files</source>
        <translation>सवाल और फ़ाइलें</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+112"/>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Timeline</source>
        <translation>टाइमलाइन</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No profile</source>
        <translation>कोई प्रोफ़ाइल नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General profile</source>
        <translation>सामान्य प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized profile</source>
        <translation>स्पेशलाइज़्ड प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invitation · </source>
        <translation>इनविटेशन · </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Questions &amp;&amp; files ({n})</source>
        <translation>सवाल और फ़ाइलें ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation ({n})</source>
        <translation>बातचीत ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers &lt;a href=&apos;posting&apos;&gt;{title}&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;posting&apos;&gt;{title}&lt;/a&gt; का जवाब</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{spent} spent</source>
        <translation>{spent} ख़र्च किए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment not verified</source>
        <translation>भुगतान वेरिफ़ाइड नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not linked to a saved job — enter the client and the Connects by hand.</source>
        <translation>किसी सेव किए जॉब से जुड़ा नहीं — क्लाइंट और Connects ख़ुद लिखें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Boost outbid — refund {n} Connects</source>
        <translation>बूस्ट में पीछे रह गए — {n} Connects वापस</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from the archive</source>
        <translation>आर्काइव से वापस लाएँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open contract</source>
        <translation>कॉन्ट्रैक्ट खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create contract</source>
        <translation>कॉन्ट्रैक्ट बनाएँ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>/h</source>
        <translation>/घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bid &lt;b&gt;{gross}{per}&lt;/b&gt; → you receive &lt;b&gt;{net}{per}&lt;/b&gt; after a {fee} fee</source>
        <translation>बोली &lt;b&gt;{gross}{per}&lt;/b&gt; → {fee} फ़ीस के बाद आपको &lt;b&gt;{net}{per}&lt;/b&gt; मिलेगा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No bid amount yet</source>
        <translation>अभी बोली की रकम नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} Connects ({cost})</source>
        <translation>{n} Connects ({cost})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance {have} → {after}</source>
        <translation>बैलेंस {have} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{balance} — short</source>
        <translation>{balance} — कम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} Connects spent</source>
        <translation>{n} Connects ख़र्च</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent {day}</source>
        <translation>{day} को भेजा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} to fix</source>
        <translation>{n} ठीक करने हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} to check</source>
        <translation>{n} जाँचने हैं</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ ready to submit</source>
        <translation>✓ भेजने के लिए तैयार</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved</source>
        <translation>सेव नहीं हुआ</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Job cancelled</source>
        <translation>जॉब रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client cancelled the job without hiring. Upwork refunds the {n} Connects spent on it; they go back to your balance.</source>
        <translation>क्लाइंट ने किसी को हायर किए बिना जॉब रद्द कर दिया। Upwork इस पर ख़र्च हुए {n} Connects लौटाता है; वे आपके बैलेंस में वापस जुड़ जाते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark cancelled</source>
        <translation>रद्द मार्क करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark this proposal {status}? The {n} Connects spent on it are not refunded (Upwork refunds only when the client cancels the job).</source>
        <translation>इस प्रपोज़ल को {status} मार्क करें? इस पर ख़र्च हुए {n} Connects वापस नहीं मिलते (Upwork सिर्फ़ तब लौटाता है जब क्लाइंट जॉब रद्द करे)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> A contract with the bid&apos;s terms is created in the Contracts tab.</source>
        <translation> बोली की शर्तों के साथ एक कॉन्ट्रैक्ट कॉन्ट्रैक्ट टैब में बन जाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hired</source>
        <translation>हायर हुए</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congratulations! Mark this proposal hired?</source>
        <translation>बधाई हो! इस प्रपोज़ल को हायर मार्क करें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark hired</source>
        <translation>हायर मार्क करें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not undone</source>
        <translation>वापस नहीं हुआ</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+10"/>
        <source>Status not changed</source>
        <translation>स्थिति नहीं बदली</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Proposal marked {status} — Edit ▸ Undo puts it back.</source>
        <translation>प्रपोज़ल {status} मार्क हुआ — संपादन ▸ पूर्ववत करें से पहले जैसा हो जाएगा।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposal marked {status}.</source>
        <translation>प्रपोज़ल {status} मार्क हुआ।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not ready to submit</source>
        <translation>भेजने के लिए तैयार नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough Connects</source>
        <translation>Connects काफ़ी नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting needs {n} Connects but you have {have}. Buy at least {buy} in the Connects ledger, or record your real balance there.</source>
        <translation>भेजने के लिए {n} Connects चाहिए, पर आपके पास {have} हैं। Connects खाते में कम से कम {buy} ख़रीदें, या वहाँ अपना असली बैलेंस दर्ज करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit this proposal? It spends {n} Connects ({cost}); your balance goes from {have} to {after}.</source>
        <translation>यह प्रपोज़ल भेजें? इसमें {n} Connects ({cost}) ख़र्च होंगे; आपका बैलेंस {have} से {after} हो जाएगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worth a look first:</source>
        <translation>पहले एक नज़र डाल लें:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter and answers are kept exactly as sent.</source>
        <translation>लेटर और जवाब ठीक वैसे ही रखे जाते हैं जैसे भेजे गए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit proposal</source>
        <translation>प्रपोज़ल भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No refund</source>
        <translation>कोई रिफ़ंड नहीं</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{n} boost Connects back in your balance.</source>
        <translation>बूस्ट के {n} Connects आपके बैलेंस में वापस।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contract not created</source>
        <translation>कॉन्ट्रैक्ट नहीं बना</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Contract “{title}” created from the proposal.</source>
        <translation>प्रपोज़ल से कॉन्ट्रैक्ट “{title}” बना।</translation>
    </message>
</context>
<context>
    <name>ProposalField</name>
    <message>
        <location filename="../../ui/labels.py" line="+71"/>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate increase percent</source>
        <translation>दर वृद्धि प्रतिशत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee percent</source>
        <translation>शुल्क प्रतिशत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate increase months</source>
        <translation>दर वृद्धि महीने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects required</source>
        <translation>ज़रूरी Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boost Connects</source>
        <translation>बूस्ट Connects</translation>
    </message>
</context>
<context>
    <name>ProposalFields</name>
    <message>
        <location filename="../../ui/proposals/fields.py" line="+30"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile used</source>
        <translation>इस्तेमाल की गई प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up day</source>
        <translation>फ़ॉलो-अप का दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly or fixed price</source>
        <translation>प्रति घंटा या निश्चित मूल्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price by</source>
        <translation>निश्चित मूल्य का तरीका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price total</source>
        <translation>निश्चित मूल्य का कुल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate increase every (months)</source>
        <translation>दर वृद्धि हर (महीने)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate increase (%)</source>
        <translation>दर वृद्धि (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upwork fee (%)</source>
        <translation>Upwork शुल्क (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects the job asks for</source>
        <translation>काम के लिए माँगे गए Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boost (Connects)</source>
        <translation>बूस्ट (Connects)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation</source>
        <translation>आमंत्रण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening answers</source>
        <translation>स्क्रीनिंग उत्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hourly</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price</source>
        <translation>निश्चित मूल्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By project</source>
        <translation>प्रोजेक्ट के हिसाब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By milestones</source>
        <translation>माइलस्टोन के हिसाब से</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>ProposalFilter</name>
    <message>
        <location filename="../../ui/labels.py" line="+3"/>
        <source>Active (drafts and open)</source>
        <translation>सक्रिय (ड्राफ़्ट और खुले)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>फ़ॉलो-अप बाक़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted, waiting</source>
        <translation>भेजे गए, इंतज़ार में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired</source>
        <translation>हायर हुए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations</source>
        <translation>इनविटेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All proposals</source>
        <translation>सभी प्रपोज़ल</translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <location filename="../../ui/proposals/list_model.py" line="+54"/>
        <source>Proposal</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bid</source>
        <translation>बोली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updated</source>
        <translation>अपडेट</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>milestones</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount}/h</source>
        <translation>{amount}/घंटा</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client: {name}</source>
        <translation>क्लाइंट: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{chars} characters · changed {when}</source>
        <translation>{chars} अक्षर · {when} बदला</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Follow-up due</source>
        <translation>फ़ॉलो-अप बाक़ी</translation>
    </message>
</context>
<context>
    <name>ProposalMove</name>
    <message>
        <location filename="../../ui/proposals/editor.py" line="-568"/>
        <source>Submit…</source>
        <translation>भेजें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client viewed it</source>
        <translation>क्लाइंट ने देखा</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Interviewing</source>
        <translation>इंटरव्यू चल रहा है</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Offer received</source>
        <translation>ऑफ़र मिला</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Hired</source>
        <translation>हायर हुए</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Viewed</source>
        <translation>देखा गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declined</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>वापस लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job cancelled by the client</source>
        <translation>क्लाइंट ने जॉब रद्द किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>आर्काइव करें</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../../models/proposals.py" line="-48"/>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed</source>
        <translation>देखा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewing</source>
        <translation>इंटरव्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>ऑफ़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired</source>
        <translation>हायर हुए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>वापस लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>आर्काइव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job cancelled</source>
        <translation>जॉब रद्द</translation>
    </message>
</context>
<context>
    <name>ProposalsBand</name>
    <message>
        <location filename="../../ui/labels.py" line="-68"/>
        <source>Less than 5</source>
        <translation>5 से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 to 10</source>
        <translation>5 से 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 to 15</source>
        <translation>10 से 15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 to 20</source>
        <translation>15 से 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 to 50</source>
        <translation>20 से 50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50+</source>
        <translation>50+</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../ui/proposals/tab.py" line="+53"/>
        <location line="+67"/>
        <source>Proposals</source>
        <translation>प्रपोज़ल</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show proposals</source>
        <translation>प्रपोज़ल दिखाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search proposals</source>
        <translation>प्रपोज़ल खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title, letter, client…</source>
        <translation>शीर्षक, लेटर, क्लाइंट खोजें…</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>New proposal</source>
        <translation>नया प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects ledger</source>
        <translation>Connects खाता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects ledger: grants, purchases, spends, refunds and expiry</source>
        <translation>Connects खाता: मिले, ख़रीदे, ख़र्च, रिफ़ंड और समाप्ति</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Board</source>
        <translation>बोर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pipeline as a board</source>
        <translation>पाइपलाइन को बोर्ड के रूप में दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline as columns: drag a proposal to move it (Edit ▸ Undo puts it back)</source>
        <translation>पाइपलाइन कॉलम में: प्रपोज़ल को खींचकर आगे बढ़ाएँ (संपादन ▸ पूर्ववत करें से वापस)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No proposal selected</source>
        <translation>कोई प्रपोज़ल नहीं चुना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one on the left, or start a new one.</source>
        <translation>बाईं ओर से कोई चुनें, या नया शुरू करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here</source>
        <translation>यहाँ कुछ नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proposal matches this filter or search. Try “All proposals”.</source>
        <translation>कोई प्रपोज़ल इस फ़िल्टर या खोज से मेल नहीं खाता। “सभी प्रपोज़ल” आज़माएँ।</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>No proposals yet</source>
        <translation>अभी कोई प्रपोज़ल नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a job in the Jobs tab and choose “Draft proposal”, or start one without a job. Drafts save as you type, even offline — and every bid shows what it nets after fees and Connects.</source>
        <translation>जॉब टैब में कोई जॉब चुनें और “प्रपोज़ल का ड्राफ़्ट” चुनें, या बिना जॉब के शुरू करें। ड्राफ़्ट लिखते-लिखते सेव होते हैं, ऑफ़लाइन भी — और हर बोली दिखाती है कि फ़ीस और Connects के बाद कितना मिलेगा।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>List</source>
        <translation>सूची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list and editor</source>
        <translation>सूची और एडिटर पर वापस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a proposal to another column to move it; double-click to open it.</source>
        <translation>प्रपोज़ल को दूसरे कॉलम में खींचकर आगे बढ़ाएँ; खोलने के लिए डबल-क्लिक करें।</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>New Proposal</source>
        <translation>नया प्रपोज़ल</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Delete Proposal</source>
        <translation>प्रपोज़ल हटाएँ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Copy Proposal for Upwork</source>
        <translation>प्रपोज़ल Upwork के लिए कॉपी करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects Ledger…</source>
        <translation>Connects खाता…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates and Snippets…</source>
        <translation>टेम्पलेट और स्निपेट…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal Figures…</source>
        <translation>प्रपोज़ल के आँकड़े…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{shown} shown · {drafts} drafts · {waiting} waiting</source>
        <translation>{shown} दिख रहे · {drafts} ड्राफ़्ट · {waiting} इंतज़ार में</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} follow-up due</source>
        <translation>{n} फ़ॉलो-अप बाक़ी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects: {n}</source>
        <translation>Connects: {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing all proposals, so this one stays in view.</source>
        <translation>सभी प्रपोज़ल दिखा रहे हैं, ताकि यह वाला दिखता रहे।</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No draft created</source>
        <translation>ड्राफ़्ट नहीं बना</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not deleted</source>
        <translation>नहीं हटा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal deleted — Edit ▸ Undo brings it back.</source>
        <translation>प्रपोज़ल हटाया गया — संपादन ▸ पूर्ववत करें से वापस आ जाता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not archived</source>
        <translation>आर्काइव नहीं हुआ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not restored</source>
        <translation>वापस नहीं आया</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n proposal(s) due for a follow-up — filter “Follow-up due”.</source>
        <translation>
            <numerusform>%n प्रस्ताव पर फ़ॉलो-अप बाकी है — फ़िल्टर “फ़ॉलो-अप बाक़ी”।</numerusform>
            <numerusform>%n प्रस्तावों पर फ़ॉलो-अप बाकी है — फ़िल्टर “फ़ॉलो-अप बाक़ी”।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../models/errors.py" line="+1570"/>
        <source>proposal</source>
        <translation>प्रस्ताव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract</source>
        <translation>अनुबंध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>milestone</source>
        <translation>माइलस्टोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time entry</source>
        <translation>समय प्रविष्टि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portfolio item</source>
        <translation>पोर्टफ़ोलियो आइटम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certification</source>
        <translation>प्रमाणपत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment</source>
        <translation>रोज़गार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job</source>
        <translation>जॉब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved search</source>
        <translation>सहेजी गई खोज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feed</source>
        <translation>फ़ीड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal method</source>
        <translation>निकासी का तरीका</translation>
    </message>
</context>
<context>
    <name>RecoveryNote</name>
    <message>
        <location filename="../../desktop/security.py" line="-652"/>
        <source>removed the half-converted copy {name}</source>
        <translation>आधी बदली हुई कॉपी {name} हटाई गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} put back as it was before the interrupted change</source>
        <translation>{name} को अधूरे बदलाव से पहले जैसा वापस रखा गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed the leftover copy {name}</source>
        <translation>बची हुई कॉपी {name} हटाई गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed the leftover copy {name} (plaintext, overwritten)</source>
        <translation>बची हुई कॉपी {name} हटाई गई (सादा पाठ था, ऊपर से मिटाकर)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an interrupted restore was undone; the data is as it was before it</source>
        <translation>अधूरा रीस्टोर वापस लिया गया; डेटा वैसा ही है जैसा उससे पहले था</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed the unfinished file {name}</source>
        <translation>अधूरी फ़ाइल {name} हटाई गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed the unfinished attachment {name}</source>
        <translation>अधूरा अटैचमेंट {name} हटाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed the unfinished export {path}</source>
        <translation>अधूरा एक्सपोर्ट {path} हटाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an interrupted encryption was finished</source>
        <translation>अधूरा एन्क्रिप्शन पूरा किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an interrupted encryption was undone: the data is still NOT encrypted; run encrypt again</source>
        <translation>अधूरा एन्क्रिप्शन वापस लिया गया: डेटा अभी भी एन्क्रिप्टेड नहीं है; एन्क्रिप्शन फिर से चलाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an interrupted decryption was finished</source>
        <translation>अधूरा डिक्रिप्शन पूरा किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an interrupted decryption was undone: the data stays encrypted</source>
        <translation>अधूरा डिक्रिप्शन वापस लिया गया: डेटा एन्क्रिप्टेड ही रहेगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an interrupted restore was finished</source>
        <translation>अधूरा रीस्टोर पूरा किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain backups encrypted with the database key: {count}</source>
        <translation>डेटाबेस की कुंजी से एन्क्रिप्ट किए गए सादे बैकअप: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached files encrypted to match the database: {count}</source>
        <translation>डेटाबेस की तरह एन्क्रिप्ट की गई अटैच फ़ाइलें: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached files decrypted to match the database: {count}</source>
        <translation>डेटाबेस की तरह डिक्रिप्ट की गई अटैच फ़ाइलें: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was missing; put back from its copy</source>
        <translation>{name} नहीं मिली; उसकी कॉपी से वापस रखी गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an interrupted job import was taken back; postings removed: {count}</source>
        <translation>अधूरा जॉब इंपोर्ट वापस लिया गया; हटाई गई पोस्टिंग: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an interrupted transaction import was taken back: the ledger is as it was before it; transactions removed: {count}</source>
        <translation>अधूरा लेन-देन इंपोर्ट वापस लिया गया: खाता वैसा ही है जैसा उससे पहले था; हटाए गए लेन-देन: {count}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/contracts/upcoming.py" line="+110"/>
        <source>Reminders</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dismiss reminders</source>
        <translation>रिमाइंडर हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>and {0} more in the Upcoming strip</source>
        <translation>और {0} आगे आने वाली पट्टी में</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../ui/payments/models.py" line="-328"/>
        <source>Month</source>
        <translation>महीना</translation>
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
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fees</source>
        <translation>सर्विस फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs</source>
        <translation>ख़र्च</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take-home</source>
        <translation>हाथ में आया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>पेमेंट्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal fees</source>
        <translation>निकासी फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>मेंबरशिप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other charges</source>
        <translation>अन्य शुल्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No client</source>
        <translation>कोई क्लाइंट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncategorised</source>
        <translation>बिना श्रेणी</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No contract ({who})</source>
        <translation>कोई कॉन्ट्रैक्ट नहीं ({who})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service fees as % of gross ({gross})</source>
        <translation>कुल ({gross}) में सर्विस फ़ीस का %</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="-464"/>
        <source>Letter history</source>
        <translation>लेटर का इतिहास</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved versions</source>
        <translation>सेव किए गए रूप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version text</source>
        <translation>उस रूप का टेक्स्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>यह रूप वापस लाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now — {chars} characters</source>
        <translation>अभी — {chars} अक्षर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} — {chars} characters</source>
        <translation>{day} — {chars} अक्षर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As sent — {day}</source>
        <translation>जैसा भेजा — {day}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A version is kept every few minutes while you type, and before a template or a restore replaces the text.</source>
        <translation>लिखते समय हर कुछ मिनट में एक रूप रखा जाता है, और टेम्पलेट या पुराना रूप टेक्स्ट बदलने से पहले भी।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not restored</source>
        <translation>वापस नहीं आया</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <location filename="../../ui/jobs/dialogs.py" line="+586"/>
        <location line="+1"/>
        <source>Save search</source>
        <translation>खोज सेव करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this search:</source>
        <translation>इस खोज का नाम:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved search name</source>
        <translation>सेव की गई खोज का नाम</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the search a name.</source>
        <translation>खोज को कोई नाम दें।</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../ui/jobs/filters.py" line="+98"/>
        <location line="+9"/>
        <source>Saved searches</source>
        <translation>सेव की गई खोजें</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save…</source>
        <translation>सेव करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this search</source>
        <translation>यह खोज सेव करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the words and filters under a name</source>
        <translation>शब्द और फ़िल्टर एक नाम से याद रखें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected saved search</source>
        <translation>चुनी हुई सेव की गई खोज हटाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a search to see how many new jobs match it.</source>
        <translation>खोज सेव करें, ताकि दिखे कि कितने नए जॉब उससे मेल खाते हैं।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>({n} new)</source>
        <translation>({n} नए)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all jobs</source>
        <translation>सभी जॉब</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} filters</source>
        <translation>{n} फ़िल्टर</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <location filename="../../desktop/security.py" line="+23"/>
        <source>the database key</source>
        <translation>डेटाबेस की कुंजी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payout details</source>
        <translation>भुगतान पाने का विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace password</source>
        <translation>वर्कस्पेस का पासवर्ड</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="-3"/>
        <location filename="../../ui/settings/security.py" line="+27"/>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/settings/security.py" line="+6"/>
        <source>Encryption at rest</source>
        <translation>डिस्क पर एन्क्रिप्शन</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+89"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="-85"/>
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
        <location line="+11"/>
        <location line="+8"/>
        <location line="+48"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Show Recovery Key</source>
        <translation>रिकवरी कुंजी दिखाएँ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database is encrypted (SQLCipher, AES-256) with your passphrase. Nobody can read it without the passphrase — including you, if you forget it.</source>
        <translation>डेटाबेस आपके पासफ़्रेज़ से एन्क्रिप्टेड है (SQLCipher, AES-256)। पासफ़्रेज़ के बिना इसे कोई नहीं पढ़ सकता — आप भी नहीं, अगर आप इसे भूल जाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is encrypted (SQLCipher, AES-256). Its random 256-bit key is kept in your system keyring ({0}); you never type it.</source>
        <translation>डेटाबेस एन्क्रिप्टेड है (SQLCipher, AES-256)। इसकी रैंडम 256-बिट कुंजी आपके सिस्टम कीरिंग ({0}) में रखी है; आपको इसे कभी टाइप नहीं करना पड़ता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is NOT encrypted: anyone who can read your files can read it.</source>
        <translation>डेटाबेस एन्क्रिप्टेड नहीं है: जो भी आपकी फ़ाइलें पढ़ सकता है, वह इसे भी पढ़ सकता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database key cannot be stored safely in a system keyring on this computer ({0}). You can protect the data with a passphrase.</source>
        <translation>इस कंप्यूटर पर डेटाबेस की कुंजी किसी सिस्टम कीरिंग में सुरक्षित नहीं रखी जा सकती ({0})। आप डेटा को पासफ़्रेज़ से सुरक्षित कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the keyring backend ({0}) stores secrets unencrypted in your home folder.</source>
        <translation>ध्यान दें: कीरिंग बैकएंड ({0}) गुप्त जानकारी आपके होम फ़ोल्डर में बिना एन्क्रिप्शन के रखता है।</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No key for this data is in the keyring.</source>
        <translation>इस डेटा की कोई कुंजी कीरिंग में नहीं है।</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Write the recovery key down and keep it apart from this computer. It opens the data and its backups on another machine, or if the keyring is lost.</source>
        <translation>रिकवरी कुंजी लिखकर इस कंप्यूटर से अलग रखें। इससे डेटा और उसके बैकअप दूसरी मशीन पर, या कीरिंग खो जाने पर खुल जाते हैं।</translation>
    </message>
    <message>
        <location line="-45"/>
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
        <source>Your passphrase is the only way to open this data and its backups: there is no recovery key, and nobody can reset it for you.</source>
        <translation>इस डेटा और उसके बैकअप को खोलने का एकमात्र तरीका आपका पासफ़्रेज़ है: कोई रिकवरी कुंजी नहीं है, और कोई भी इसे आपके लिए रीसेट नहीं कर सकता।</translation>
    </message>
    <message>
        <location line="+24"/>
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
</context>
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../../models/errors.py" line="-1066"/>
        <source>There is no proposal #{id}.</source>
        <translation>प्रस्ताव #{id} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A planned withdrawal needs an amount above $0 and at most {most}.</source>
        <translation>योजनाबद्ध निकासी की राशि $0 से अधिक और अधिकतम {most} होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is in the past; plan a withdrawal for today or later.</source>
        <translation>{day} बीत चुका है; आज या उसके बाद की निकासी की योजना बनाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That withdrawal method no longer exists or was retired.</source>
        <translation>वह निकासी का तरीका अब मौजूद नहीं है या बंद कर दिया गया है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That planned withdrawal no longer exists.</source>
        <translation>वह योजनाबद्ध निकासी अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no job #{id}.</source>
        <translation>जॉब #{id} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This proposal was submitted; its letter is kept as sent.</source>
        <translation>यह प्रस्ताव भेजा जा चुका है; इसका पत्र जैसा भेजा गया था वैसा ही रखा गया है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This proposal was submitted; its bid is kept as sent.</source>
        <translation>यह प्रस्ताव भेजा जा चुका है; इसकी बोली जैसी भेजी गई थी वैसी ही रखी गई है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This proposal is {proposal_status}; only a draft can be edited.</source>
        <translation>यह प्रस्ताव अभी {proposal_status} है; केवल ड्राफ़्ट बदला जा सकता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That revision does not belong to this proposal.</source>
        <translation>वह संशोधन इस प्रस्ताव का नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: “{value}” कोई संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be between 0 and 100.</source>
        <translation>{field} 0 और 100 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount you want to receive.</source>
        <translation>वह राशि लिखें जो आप पाना चाहते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot submit yet: {problems}</source>
        <translation>अभी भेजा नहीं जा सकता: {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proposal that is {proposal_status} cannot become {to_proposal_status}.</source>
        <translation>जो प्रस्ताव {proposal_status} है, वह {to_proposal_status} नहीं बन सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving to {to_proposal_status} is not undoable this way.</source>
        <translation>{to_proposal_status} में बदलाव को इस तरह पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This proposal is {proposal_status} now; undo the later change first.</source>
        <translation>यह प्रस्ताव अब {proposal_status} है; पहले बाद वाला बदलाव पूर्ववत करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refunded Connects were spent since; record the correction in the Connects ledger instead.</source>
        <translation>लौटाए गए Connects तब से खर्च हो चुके हैं; इसके बजाय Connects खाते में सुधार दर्ज करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A boost is only refunded when you were outbid before the client viewed or answered your proposal.</source>
        <translation>बूस्ट तभी लौटाया जाता है जब क्लाइंट के आपका प्रस्ताव देखने या जवाब देने से पहले कोई आपसे ऊँची बोली लगा दे।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This proposal is not archived.</source>
        <translation>यह प्रस्ताव संग्रहीत नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover letter is empty.</source>
        <translation>कवर लेटर ख़ाली है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover letter is {over} characters over the {max} limit.</source>
        <translation>कवर लेटर {max} अक्षरों की सीमा से {over} अक्षर ज़्यादा है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfilled placeholders: {names}.</source>
        <translation>ये जगहें अभी भरी नहीं गईं: {names}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter barely mentions the job (none of its skills or title words, or just one) — clients skip generic letters.</source>
        <translation>लेटर में जॉब का ज़िक्र लगभग नहीं है (उसकी कोई स्किल या शीर्षक का शब्द नहीं, या बस एक) — क्लाइंट आम-से लेटर छोड़ देते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer yet to “{question}”.</source>
        <translation>“{question}” का जवाब अभी नहीं दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upwork&apos;s fee is between {low}% and {high}%; {rate}% cannot be right.</source>
        <translation>Upwork की फ़ीस {low}% से {high}% के बीच होती है; {rate}% सही नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your hourly rate.</source>
        <translation>अपनी प्रति घंटा दर लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hourly rate must be at least {minimum}.</source>
        <translation>प्रति घंटा दर कम से कम {minimum} होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scheduled rate increase needs both how often and by how many percent.</source>
        <translation>तय समय पर दर बढ़ाने के लिए दोनों चाहिए: कितने समय बाद और कितने प्रतिशत।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one milestone.</source>
        <translation>कम से कम एक माइलस्टोन जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {max} milestones.</source>
        <translation>ज़्यादा से ज़्यादा {max} माइलस्टोन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone {number} needs a description.</source>
        <translation>माइलस्टोन {number} का विवरण चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone {number} must be at least {minimum}.</source>
        <translation>माइलस्टोन {number} कम से कम {minimum} का होना चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The milestones add up to {summed}, not the total of {total}.</source>
        <translation>माइलस्टोन का जोड़ {summed} है, कुल राशि {total} नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the fixed price.</source>
        <translation>फ़िक्स्ड कीमत लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed price must be at least {minimum}.</source>
        <translation>फ़िक्स्ड कीमत कम से कम {minimum} होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{url}” is not a workspace address; use postgresql://user@host:port/db.</source>
        <translation>“{url}” वर्कस्पेस का पता नहीं है; postgresql://user@host:port/db लिखें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace password cannot be kept safely: {detail}</source>
        <translation>वर्कस्पेस का पासवर्ड सुरक्षित नहीं रखा जा सकता: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace at {url} cannot be reached: {detail}</source>
        <translation>{url} पर वर्कस्पेस से संपर्क नहीं हो पा रहा: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace already holds different {table} row #{id}; nothing was copied.</source>
        <translation>वर्कस्पेस में {table} की पंक्ति #{id} पहले से अलग रूप में है; कुछ भी कॉपी नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contract {id} does not exist</source>
        <translation>कॉन्ट्रैक्ट {id} मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is fixed price; time is tracked on hourly contracts</source>
        <translation>“{title}” फ़िक्स्ड प्राइस है; समय सिर्फ़ घंटे वाले कॉन्ट्रैक्ट पर दर्ज होता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” is {contract_status}; time can only be logged on an active contract</source>
        <translation>“{title}” {contract_status} है; समय सिर्फ़ चालू कॉन्ट्रैक्ट पर दर्ज हो सकता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the diary for the week of {week} closed {deadline} and can no longer be changed</source>
        <translation>{week} वाले हफ़्ते की डायरी {deadline} को बंद हो गई और अब बदली नहीं जा सकती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the timer is already running on “{title}”</source>
        <translation>टाइमर पहले से “{title}” पर चल रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timer is not running</source>
        <translation>टाइमर नहीं चल रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the duration must be at least one minute</source>
        <translation>अवधि कम से कम एक मिनट होनी चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one entry can be at most {hours} hours</source>
        <translation>एक एंट्री ज़्यादा से ज़्यादा {hours} घंटे की हो सकती है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start time needs a time zone</source>
        <translation>शुरू होने के समय के साथ टाइम ज़ोन चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” does not allow manual time</source>
        <translation>“{title}” में मैन्युअल समय की अनुमति नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual time cannot end in the future</source>
        <translation>मैन्युअल समय भविष्य में ख़त्म नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contract started on {day}</source>
        <translation>कॉन्ट्रैक्ट {day} को शुरू हुआ था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time entry {id} no longer exists</source>
        <translation>समय एंट्री {id} अब मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop the timer before editing its entry</source>
        <translation>इसकी एंट्री बदलने से पहले टाइमर रोकें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an entry cannot cross Monday 00:00 UTC; add the rest as its own entry in the next week</source>
        <translation>एक एंट्री सोमवार 00:00 UTC को पार नहीं कर सकती; बाक़ी समय अगले हफ़्ते में अलग एंट्री के रूप में जोड़ें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time cannot end in the future</source>
        <translation>समय भविष्य में ख़त्म नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop the timer before deleting its entry</source>
        <translation>इसकी एंट्री मिटाने से पहले टाइमर रोकें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a running timer cannot be restored</source>
        <translation>चलता हुआ टाइमर वापस नहीं लाया जा सकता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timer was stopped, switched or changed since the idle time began</source>
        <translation>निष्क्रिय समय शुरू होने के बाद टाइमर रोका, बदला या संपादित किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestone {id} does not exist</source>
        <translation>माइलस्टोन {id} मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposal {id} does not exist</source>
        <translation>प्रपोज़ल {id} मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a contract needs a title</source>
        <translation>कॉन्ट्रैक्ट का शीर्षक चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an hourly contract needs a rate</source>
        <translation>घंटे वाले कॉन्ट्रैक्ट के लिए रेट चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weekly limit must be between 1 minute and {hours} hours</source>
        <translation>साप्ताहिक सीमा 1 मिनट से {hours} घंटे के बीच होनी चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rate increase needs a percent</source>
        <translation>रेट बढ़ोतरी के लिए प्रतिशत चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rate increase percent must be positive</source>
        <translation>रेट बढ़ोतरी का प्रतिशत शून्य से ज़्यादा होना चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” is {contract_status}; it cannot be {to_contract_status}</source>
        <translation>“{title}” {contract_status} है; इसे {to_contract_status} नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why the contract ends</source>
        <translation>बताएँ कि कॉन्ट्रैक्ट क्यों ख़त्म हो रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>milestones belong to fixed-price contracts</source>
        <translation>माइलस्टोन सिर्फ़ फ़िक्स्ड-प्राइस कॉन्ट्रैक्ट में होते हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” is {contract_status}</source>
        <translation>“{title}” {contract_status} है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a milestone needs an amount</source>
        <translation>माइलस्टोन की रक़म चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount of a funded milestone cannot change</source>
        <translation>फ़ंड हो चुके माइलस्टोन की रक़म नहीं बदल सकती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a milestone that is not funded yet can be removed</source>
        <translation>सिर्फ़ वही माइलस्टोन हटाया जा सकता है जो अभी फ़ंड नहीं हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contract is {contract_status}</source>
        <translation>कॉन्ट्रैक्ट {contract_status} है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the release must be more than $0 and at most {amount}</source>
        <translation>जारी की गई रक़म $0 से ज़्यादा और ज़्यादा से ज़्यादा {amount} होनी चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bonus needs an amount</source>
        <translation>बोनस की रक़म चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is {contract_status}; no bonus possible</source>
        <translation>“{title}” {contract_status} है; बोनस नहीं दिया जा सकता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bonuses are possible until {day} ({days} days after the contract ended)</source>
        <translation>बोनस {day} तक दिया जा सकता था (कॉन्ट्रैक्ट ख़त्म होने के {days} दिन बाद तक)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refund needs an amount</source>
        <translation>रिफ़ंड की रक़म चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing has been paid on this contract yet</source>
        <translation>इस कॉन्ट्रैक्ट पर अभी तक कोई भुगतान नहीं हुआ है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refunds were possible until {day} ({days} days after the latest payment)</source>
        <translation>रिफ़ंड {day} तक हो सकता था (आख़िरी भुगतान के {days} दिन बाद तक)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {amount} can be refunded on this contract</source>
        <translation>इस कॉन्ट्रैक्ट पर ज़्यादा से ज़्यादा {amount} रिफ़ंड हो सकता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rating} must be 1–{top} stars, got {value}</source>
        <translation>{rating} 1–{top} स्टार होना चाहिए, मिला {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the overall score must be 1–{top}, got {value}</source>
        <translation>कुल स्कोर 1–{top} होना चाहिए, मिला {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feedback is left when a contract ends</source>
        <translation>फ़ीडबैक कॉन्ट्रैक्ट ख़त्म होने पर दिया जाता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the feedback window closed on {day}</source>
        <translation>फ़ीडबैक की समय-सीमा {day} को ख़त्म हो गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a refund takes money back: give it a negative gross</source>
        <translation>रिफ़ंड पैसा वापस लेता है: इसकी कुल रक़म ऋणात्मक दें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {payment_kind} payment cannot be negative; record a refund instead</source>
        <translation>{payment_kind} भुगतान ऋणात्मक नहीं हो सकता; इसकी जगह रिफ़ंड दर्ज करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an expense amount must be more than zero</source>
        <translation>ख़र्च की रक़म शून्य से ज़्यादा होनी चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the method a name, e.g. “Chase checking”</source>
        <translation>तरीक़े को एक नाम दें, जैसे “Chase checking”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the fee percent must be between 0 and 100</source>
        <translation>फ़ीस का प्रतिशत 0 से 100 के बीच होना चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation days cannot be negative</source>
        <translation>सक्रिय होने के दिन ऋणात्मक नहीं हो सकते</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a withdrawal amount must be more than zero</source>
        <translation>निकासी की रक़म शून्य से ज़्यादा होनी चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawal method {id} does not exist</source>
        <translation>निकासी का तरीक़ा {id} मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was added on {added} and can be used from {usable} (a {days}-day security hold)</source>
        <translation>{name} {added} को जोड़ा गया था और {usable} से इस्तेमाल हो सकता है ({days} दिन की सुरक्षा रोक)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a withdrawal fee cannot be negative</source>
        <translation>निकासी की फ़ीस ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} (with the {fee} fee) is more than the {available} available</source>
        <translation>{total} ({fee} फ़ीस के साथ) उपलब्ध {available} से ज़्यादा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Connect must cost more than nothing, got {amount}</source>
        <translation>एक Connect की क़ीमत शून्य से ज़्यादा होनी चाहिए, मिला {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects are sold in bundles of {sizes}; {count} cannot be bought (nearest: {nearest})</source>
        <translation>Connects {sizes} के बंडल में बिकते हैं; {count} नहीं ख़रीदे जा सकते (सबसे नज़दीक: {nearest})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a correction must add or remove at least one Connect</source>
        <translation>सुधार में कम से कम एक Connect जोड़ें या घटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a balance cannot be negative</source>
        <translation>बैलेंस ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{connects_reason} rows follow from proposals and cannot be deleted here; change the proposal instead</source>
        <translation>{connects_reason} वाली पंक्तियाँ प्रपोज़ल से बनती हैं और यहाँ नहीं मिटाई जा सकतीं; इसकी जगह प्रपोज़ल बदलें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount_field}: “{value}” is not an amount of money</source>
        <translation>{amount_field}: “{value}” कोई रक़म नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount_field} must be at least {minimum}, got {amount}</source>
        <translation>{amount_field} कम से कम {minimum} होना चाहिए, मिला {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestone {n} amount must be at least {minimum}, got {amount}</source>
        <translation>माइलस्टोन {n} की रक़म कम से कम {minimum} होनी चाहिए, मिला {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new contract is an offer or active, not {value}</source>
        <translation>नया कॉन्ट्रैक्ट ऑफ़र या चालू होता है, {value} नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract type must be hourly or fixed, not {value}</source>
        <translation>कॉन्ट्रैक्ट का प्रकार घंटे वाला या फ़िक्स्ड होना चाहिए, {value} नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service fee “{value}” is not a percent</source>
        <translation>सर्विस फ़ीस “{value}” कोई प्रतिशत नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract fee rate {rate}% is outside {low}–{high}%</source>
        <translation>कॉन्ट्रैक्ट की फ़ीस दर {rate}% है, जो {low}–{high}% के दायरे से बाहर है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service fee must be {low}–{high}% (Upwork&apos;s per-contract fee range), got {value}%</source>
        <translation>सर्विस फ़ीस {low}–{high}% होनी चाहिए (Upwork की प्रति-कॉन्ट्रैक्ट फ़ीस सीमा), मिला {value}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>milestone “{name}” is {milestone_state}; cannot {milestone_action}</source>
        <translation>माइलस्टोन “{name}” {milestone_state} है; {milestone_action} नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feedback is given or received, not {value}</source>
        <translation>फ़ीडबैक दिया या पाया जाता है, {value} नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate at least one of {ratings}</source>
        <translation>कम से कम इनमें से एक को रेटिंग दें: {ratings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no profile with id {id}</source>
        <translation>आईडी {id} वाली कोई प्रोफ़ाइल नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The general profile cannot be deleted</source>
        <translation>सामान्य प्रोफ़ाइल मिटाई नहीं जा सकती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: at most {max} characters, got {n}</source>
        <translation>नाम: ज़्यादा से ज़्यादा {max} अक्षर, मिले {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency: a three-letter code like USD, got “{value}”</source>
        <translation>मुद्रा: USD जैसा तीन अक्षरों का कोड चाहिए, मिला “{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories: unknown category “{name}”</source>
        <translation>श्रेणियाँ: अनजान श्रेणी “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly rate: not an amount of money: “{value}”</source>
        <translation>घंटे का रेट: यह कोई रक़म नहीं है: “{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly rate: at least {minimum}/h, got {amount}</source>
        <translation>घंटे का रेट: कम से कम {minimum}/घंटा, मिला {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly rate: {amount}/h looks like a typo</source>
        <translation>घंटे का रेट: {amount}/घंटा टाइपिंग की ग़लती लगती है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo: {name} is not an image ({suffixes})</source>
        <translation>फ़ोटो: {name} कोई तस्वीर नहीं है ({suffixes})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills: {name}… is longer than {max} characters</source>
        <translation>स्किल: {name}… {max} अक्षरों से लंबी है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: {language} is already listed</source>
        <translation>भाषा: {language} पहले से सूची में है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The general profile shows every portfolio item</source>
        <translation>सामान्य प्रोफ़ाइल हर पोर्टफ़ोलियो आइटम दिखाती है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio: item(s) {ids} no longer exist</source>
        <translation>पोर्टफ़ोलियो: आइटम {ids} अब मौजूद नहीं हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio file {id} no longer exists</source>
        <translation>पोर्टफ़ोलियो फ़ाइल {id} अब मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name: at most {max} characters, got {n}</source>
        <translation>प्रोफ़ाइल का नाम: ज़्यादा से ज़्यादा {max} अक्षर, मिले {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind “{value}”: expected one of {choices}</source>
        <translation>अनजान प्रकार “{value}”: इनमें से एक होना चाहिए: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direction must be “in” or “out”, got “{value}”</source>
        <translation>दिशा “in” या “out” होनी चाहिए, मिला “{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {interaction_kind} needs some text</source>
        <translation>{interaction_kind} में कुछ लिखना ज़रूरी है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an entry belongs to a proposal or to a contract</source>
        <translation>एंट्री किसी प्रपोज़ल या कॉन्ट्रैक्ट की होती है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind “{value}”: expected template or snippet</source>
        <translation>अनजान प्रकार “{value}”: टेम्पलेट या स्निपेट होना चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {template_kind} needs a name</source>
        <translation>{template_kind} का नाम चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is already a {template_kind} called “{name}”</source>
        <translation>“{name}” नाम का {template_kind} पहले से है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no files to import</source>
        <translation>इम्पोर्ट करने के लिए कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{job_field} cannot be edited</source>
        <translation>{job_field} बदला नहीं जा सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{job_field}: money and figures must not be float</source>
        <translation>{job_field}: रक़म और आँकड़े फ़्लोट नहीं हो सकते</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title: a job needs a title</source>
        <translation>शीर्षक: जॉब का शीर्षक चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{job_field}: unknown value “{value}”</source>
        <translation>{job_field}: अनजान मान “{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{job_field}: cannot be negative</source>
        <translation>{job_field}: ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{job_field}: {value} is out of range</source>
        <translation>{job_field}: {value} सीमा से बाहर है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{job_field}: a rating is between 0 and 5</source>
        <translation>{job_field}: रेटिंग 0 से 5 के बीच होती है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{job_field}: the time needs a time zone</source>
        <translation>{job_field}: समय के साथ टाइम ज़ोन चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly rate: the lower rate is above the upper one</source>
        <translation>घंटे का रेट: निचला रेट ऊपरी रेट से ज़्यादा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this job is already in the library: “{title}” (#{id})</source>
        <translation>यह जॉब पहले से लाइब्रेरी में है: “{title}” (#{id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a job with this link is already in the library: “{title}”</source>
        <translation>इस लिंक वाली जॉब पहले से लाइब्रेरी में है: “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a proposal answers this job; hide the job instead of deleting it</source>
        <translation>इस जॉब का जवाब एक प्रपोज़ल है; जॉब मिटाने की जगह उसे छिपाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a saved search needs a name</source>
        <translation>सहेजी गई खोज का नाम चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is already a saved search called “{name}”</source>
        <translation>“{name}” नाम की सहेजी गई खोज पहले से है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that saved search no longer exists</source>
        <translation>वह सहेजी गई खोज अब मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: ऐसा कोई फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such file</source>
        <translation>{path}: ऐसी कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a binary file, not text</source>
        <translation>{name}: यह बाइनरी फ़ाइल है, टेक्स्ट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not text in UTF-8, UTF-16 or Windows-1252 (a binary or damaged file?)</source>
        <translation>{name}: UTF-8, UTF-16 या Windows-1252 में टेक्स्ट नहीं है (बाइनरी या ख़राब फ़ाइल?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: a binary file, not text ({controls} control characters in the first {chars})</source>
        <translation>{name}: यह बाइनरी फ़ाइल है, टेक्स्ट नहीं (पहले {chars} अक्षरों में {controls} कंट्रोल अक्षर)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {size} MB is more than the {max} MB this importer reads</source>
        <translation>{name}: {size} MB उन {max} MB से ज़्यादा है जितना यह इम्पोर्ट पढ़ता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: this is an Excel/ZIP file: save the sheet as CSV first</source>
        <translation>{name}: यह Excel/ZIP फ़ाइल है: पहले शीट को CSV के रूप में सेव करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: this is a PDF: copy the posting&apos;s text and paste it instead</source>
        <translation>{name}: यह PDF है: इसकी जगह पोस्टिंग का टेक्स्ट कॉपी करके पेस्ट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: this is an old Excel/Word file: save it as CSV first</source>
        <translation>{name}: यह पुरानी Excel/Word फ़ाइल है: पहले इसे CSV के रूप में सेव करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: the file is empty</source>
        <translation>{name}: फ़ाइल ख़ाली है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a binary file, not job postings</source>
        <translation>{name}: यह बाइनरी फ़ाइल है, जॉब पोस्टिंग नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: unsupported file; import CSV, JSON, RSS/Atom XML or a .txt of pasted postings</source>
        <translation>{name}: यह फ़ाइल समर्थित नहीं है; CSV, JSON, RSS/Atom XML या पेस्ट की गई पोस्टिंग वाली .txt फ़ाइल इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: feeds with a DOCTYPE are refused (entity expansion could exhaust memory)</source>
        <translation>{name}: DOCTYPE वाली फ़ीड स्वीकार नहीं की जातीं (एंटिटी के फैलाव से मेमोरी ख़त्म हो सकती है)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not well-formed XML ({detail})</source>
        <translation>{name}: XML की बनावट सही नहीं है ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not an RSS or Atom feed (root element &lt;{root}&gt;)</source>
        <translation>{name}: यह RSS या Atom फ़ीड नहीं है (मूल एलिमेंट &lt;{root}&gt;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: not well-formed XML (no root element)</source>
        <translation>{name}: XML की बनावट सही नहीं है (मूल एलिमेंट नहीं है)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: not well-formed XML</source>
        <translation>{name}: XML की बनावट सही नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: declares a text encoding that does not exist ({encoding})</source>
        <translation>{name}: ऐसी टेक्स्ट एन्कोडिंग बताता है जो मौजूद नहीं है ({encoding})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, row {row}: cannot be read as CSV ({detail}; a quote that is never closed, or a cell over {mb} MB?)</source>
        <translation>{name}, पंक्ति {row}: CSV के रूप में पढ़ी नहीं जा सकती ({detail}; कोई उद्धरण चिह्न जो बंद नहीं हुआ, या {mb} MB से बड़ा कोई सेल?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, row {row}: not text ({detail})</source>
        <translation>{name}, पंक्ति {row}: टेक्स्ट नहीं है ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a {size} MB JSON array is more than the {max} MB read at once; export it as JSON Lines (one object per line), which is read as it streams</source>
        <translation>{name}: {size} MB की JSON सूची एक बार में पढ़े जाने वाले {max} MB से ज़्यादा है; इसे JSON Lines (हर पंक्ति में एक ऑब्जेक्ट) के रूप में एक्सपोर्ट करें, जो आते-आते पढ़ी जाती है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: not job postings ({detail})</source>
        <translation>{name}: ये जॉब पोस्टिंग नहीं हैं ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: expected a list of job objects</source>
        <translation>{name}: जॉब ऑब्जेक्ट की सूची होनी चाहिए थी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: not a Freelance Desk export (not a readable zip: {detail})</source>
        <translation>{name}: यह Freelance Desk का एक्सपोर्ट नहीं है (zip पढ़ी नहीं जा सकती: {detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not a Freelance Desk export ({document} is missing)</source>
        <translation>{name}: यह Freelance Desk का एक्सपोर्ट नहीं है ({document} मौजूद नहीं है)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {document} is implausibly large ({size} bytes)</source>
        <translation>{name}: {document} असंभव रूप से बड़ी है ({size} बाइट)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {document} is damaged ({detail})</source>
        <translation>{name}: {document} ख़राब है ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {document} is not UTF-8 (byte {byte})</source>
        <translation>{name}: {document} UTF-8 में नहीं है (बाइट {byte})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {document} is not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{name}: {document} सही JSON नहीं है (पंक्ति {line}, स्थान {column}: {detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {document} is nested too deeply</source>
        <translation>{name}: {document} में बहुत गहरी परतें हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {document} names &apos;{key}&apos; twice in one object</source>
        <translation>{name}: {document} एक ही ऑब्जेक्ट में &apos;{key}&apos; दो बार रखती है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the archive holds &apos;{member}&apos; twice</source>
        <translation>{name}: संग्रह में &apos;{member}&apos; दो बार है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {member} would inflate {size} bytes from {compressed} (more than {ratio}x: a zip bomb?); nothing was changed</source>
        <translation>{name}: {member} {compressed} से फैलकर {size} बाइट हो जाती ({ratio} गुना से ज़्यादा: शायद zip बम?); कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the archive would inflate to {size} bytes, more than the {limit} GB this app imports</source>
        <translation>{name}: संग्रह फैलकर {size} बाइट हो जाता, जो इस ऐप की आयात सीमा {limit} GB से ज़्यादा है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the archive needs {size} bytes but the data folder&apos;s disk has {free} free; nothing was changed</source>
        <translation>{name}: संग्रह को {size} बाइट चाहिए, पर डेटा फ़ोल्डर की डिस्क पर केवल {free} ख़ाली हैं; कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: table {table}, row {row}, field {column}: {problem}</source>
        <translation>{name}: तालिका {table}, पंक्ति {row}, फ़ील्ड {column}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not a Freelance Desk export (field &apos;format&apos;)</source>
        <translation>{name}: यह Freelance Desk का एक्सपोर्ट नहीं है (फ़ील्ड &apos;format&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: field &apos;format_version&apos; must be a positive whole number</source>
        <translation>{name}: फ़ील्ड &apos;format_version&apos; एक धनात्मक पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: written by a newer Freelance Desk (format {version}); this version reads format {supported}. Update the app.</source>
        <translation>{name}: Freelance Desk के नए संस्करण ने लिखा है (फ़ॉर्मेट {version}); यह संस्करण फ़ॉर्मेट {supported} पढ़ता है। ऐप अपडेट करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: field &apos;schema_version&apos; is {value}; this version understands schema {latest} at most</source>
        <translation>{name}: फ़ील्ड &apos;schema_version&apos; {value} है; यह संस्करण अधिकतम स्कीमा {latest} समझता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: field &apos;tables&apos; must be an object</source>
        <translation>{name}: फ़ील्ड &apos;tables&apos; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table &apos;{table}&apos; does not exist in this version</source>
        <translation>{name}: तालिका &apos;{table}&apos; इस संस्करण में नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}: needs &apos;columns&apos; and &apos;rows&apos; lists</source>
        <translation>{name}: तालिका {table}: &apos;columns&apos; और &apos;rows&apos; सूचियाँ ज़रूरी हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}: unknown column {column}</source>
        <translation>{name}: तालिका {table}: अनजाना कॉलम {column}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}: a column is listed twice</source>
        <translation>{name}: तालिका {table}: एक कॉलम दो बार लिखा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}, row {row}: expected {count} values</source>
        <translation>{name}: तालिका {table}, पंक्ति {row}: {count} मान होने चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}, row {row}, field {column}: objects are not allowed here</source>
        <translation>{name}: तालिका {table}, पंक्ति {row}, फ़ील्ड {column}: यहाँ ऑब्जेक्ट की अनुमति नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}, row {row}, field {column}: not a storable value</source>
        <translation>{name}: तालिका {table}, पंक्ति {row}, फ़ील्ड {column}: यह मान सहेजा नहीं जा सकता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}, row {row}: bad base64</source>
        <translation>{name}: तालिका {table}, पंक्ति {row}: base64 ग़लत है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: field &apos;files&apos; must be a list</source>
        <translation>{name}: फ़ील्ड &apos;files&apos; एक सूची होनी चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: files entry {number} must be an object</source>
        <translation>{name}: files की प्रविष्टि {number} एक ऑब्जेक्ट होनी चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: files entry {number}: bad path {path}</source>
        <translation>{name}: files की प्रविष्टि {number}: ग़लत पथ {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: field &apos;files&apos; lists a file twice</source>
        <translation>{name}: फ़ील्ड &apos;files&apos; में एक फ़ाइल दो बार है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: files entry {number}: field &apos;size&apos; must be a whole number of bytes</source>
        <translation>{name}: files की प्रविष्टि {number}: फ़ील्ड &apos;size&apos; बाइट की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {member} is listed but missing</source>
        <translation>{name}: {member} सूची में है पर मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {member} is {size} bytes but the manifest says {expected}</source>
        <translation>{name}: {member} {size} बाइट की है, पर सूची में {expected} लिखा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import all fills an empty data folder, and this one already holds records (in {tables}). Start Freelance Desk with a new --data-dir to import there; nothing was changed.</source>
        <translation>“सब आयात करें” ख़ाली डेटा फ़ोल्डर भरता है, और इस फ़ोल्डर में पहले से रिकॉर्ड हैं ({tables} में)। वहाँ आयात करने के लिए Freelance Desk को नए --data-dir के साथ शुरू करें; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: {member} is damaged ({detail})</source>
        <translation>{name}: {member} ख़राब है ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {member} does not match its sha256</source>
        <translation>{name}: {member} अपने sha256 से मेल नहीं खाती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}, row {row}: {detail}</source>
        <translation>{name}: तालिका {table}, पंक्ति {row}: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: table {table}, row id {rowid}: refers to a missing {parent} ({count} broken references)</source>
        <translation>{name}: तालिका {table}, पंक्ति आईडी {rowid}: ऐसे {parent} की ओर इशारा करती है जो मौजूद नहीं ({count} टूटे संदर्भ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>बैकअप डेटाबेस को ही अधिलेखित नहीं कर सकता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup failed verification and was discarded: {problem}</source>
        <translation>बैकअप जाँच में विफल रहा और हटा दिया गया: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be restored: {reason}</source>
        <translation>{name} बहाल नहीं किया जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a good backup, so nothing was changed: {problems}</source>
        <translation>{name} सही बैकअप नहीं है, इसलिए कुछ नहीं बदला गया: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem}

No good backup was found in {folder}. The damaged file was left as it is; `freelance-desk restore FILE` can restore one from elsewhere.</source>
        <translation>{problem}

{folder} में कोई सही बैकअप नहीं मिला। ख़राब फ़ाइल जैसी थी वैसी छोड़ दी गई; `freelance-desk restore FILE` किसी दूसरी जगह से बैकअप बहाल कर सकता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem}

Nothing was restored; the file was left as it is.</source>
        <translation>{problem}

कुछ बहाल नहीं किया गया; फ़ाइल जैसी थी वैसी छोड़ दी गई।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem}

Restore the latest good backup, made {made}? Changes made after it are lost. The damaged file is kept in {folder}.</source>
        <translation>{problem}

{made} को बना सबसे नया सही बैकअप बहाल करें? उसके बाद के बदलाव खो जाएँगे। ख़राब फ़ाइल {folder} में रखी जाती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a passphrase of at least {min} characters.</source>
        <translation>कम से कम {min} अक्षरों का पासफ़्रेज़ चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is already encrypted.</source>
        <translation>डेटाबेस पहले से एन्क्रिप्टेड है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is not encrypted.</source>
        <translation>डेटाबेस एन्क्रिप्टेड नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The converted copy of {name} failed verification; nothing was changed. {problems}</source>
        <translation>{name} की बदली गई प्रति जाँच में विफल रही; कुछ नहीं बदला गया। {problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} failed verification after the swap and was put back as it was. {problems}</source>
        <translation>अदला-बदली के बाद {name} जाँच में विफल रही और पहले जैसी वापस रख दी गई। {problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: cannot be opened ({detail})</source>
        <translation>{name}: खोली नहीं जा सकती ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: cannot be read — damaged or a different key ({detail})</source>
        <translation>{name}: पढ़ी नहीं जा सकती — फ़ाइल ख़राब है या इसकी कुंजी अलग है ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: not a Freelance Desk database</source>
        <translation>{name}: यह Freelance Desk का डेटाबेस नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the integrity check found damage: {detail}</source>
        <translation>अखंडता जाँच में ख़राबी मिली: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign key broken: {table} row {row} -&gt; {parent}</source>
        <translation>टूटा हुआ संदर्भ: {table} की पंक्ति {row} → {parent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer version of the app (schema {version})</source>
        <translation>ऐप के नए संस्करण ने लिखा है (स्कीमा {version})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job search index is damaged: {detail}</source>
        <translation>जॉब खोज का इंडेक्स ख़राब है: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table {table}: {rows} rows, expected {expected}</source>
        <translation>तालिका {table}: {rows} पंक्तियाँ, होनी चाहिए थीं {expected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: damaged ({detail})</source>
        <translation>{name}: ख़राब है ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring is available on this computer (on Linux this usually means no Secret Service such as GNOME Keyring or KWallet is running), so {secret} cannot be stored safely for you.</source>
        <translation>इस कंप्यूटर पर कोई सिस्टम कीरिंग उपलब्ध नहीं है (Linux पर इसका आम तौर पर अर्थ है कि GNOME Keyring या KWallet जैसी कोई Secret Service नहीं चल रही), इसलिए {secret} आपके लिए सुरक्षित नहीं रखी जा सकती।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The only keyring found keeps secrets in a plain, unencrypted file ({keyring}), so {secret} cannot be stored safely for you.</source>
        <translation>मिली हुई एकमात्र कीरिंग रहस्यों को सादी, बिना एन्क्रिप्शन वाली फ़ाइल ({keyring}) में रखती है, इसलिए {secret} आपके लिए सुरक्षित नहीं रखी जा सकती।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring ({keyring}) refused to store the key: {detail}</source>
        <translation>सिस्टम कीरिंग ({keyring}) ने कुंजी रखने से मना कर दिया: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be read with its key: the file is damaged, or it was encrypted with a different key.</source>
        <translation>{path} अपनी कुंजी से पढ़ी नहीं जा सकती: फ़ाइल ख़राब है, या किसी दूसरी कुंजी से एन्क्रिप्ट की गई थी।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged: {detail}</source>
        <translation>{path} ख़राब है: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} failed its integrity check: {detail}</source>
        <translation>{path} अखंडता जाँच में विफल रही: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This data was written by a newer version of Freelance Desk (schema {found}); this version understands schema {known} at most. Install the newer version to open it. Nothing was changed.</source>
        <translation>यह डेटा Freelance Desk के नए संस्करण ने लिखा है (स्कीमा {found}); यह संस्करण ज़्यादा से ज़्यादा स्कीमा {known} समझता है। इसे खोलने के लिए नया संस्करण इंस्टॉल करें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a readable SQLite database (its header is damaged).</source>
        <translation>{path} पढ़ने योग्य SQLite डेटाबेस नहीं है (इसका हेडर ख़राब है)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data in {folder} is encrypted with a passphrase. Type it to open the data (scripts can set {env}).</source>
        <translation>{folder} का डेटा पासफ़्रेज़ से एन्क्रिप्टेड है। डेटा खोलने के लिए उसे लिखें (स्क्रिप्ट {env} सेट कर सकती हैं)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data in {folder} is encrypted, and its key is not in this computer&apos;s keyring ({keyring}). Type the recovery key you wrote down (Settings ▸ Security shows it), or the passphrase if you chose one.</source>
        <translation>{folder} का डेटा एन्क्रिप्टेड है, और उसकी कुंजी इस कंप्यूटर की कीरिंग ({keyring}) में नहीं है। अपनी लिखकर रखी रिकवरी कुंजी लिखें (सेटिंग्स ▸ सुरक्षा में दिखती है), या अगर आपने पासफ़्रेज़ चुना था तो वह।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase or recovery key does not open the data. Try again.</source>
        <translation>यह पासफ़्रेज़ या रिकवरी कुंजी डेटा को नहीं खोलती। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is encrypted with a key this computer does not have.</source>
        <translation>{name} ऐसी कुंजी से एन्क्रिप्टेड है जो इस कंप्यूटर पर नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase or recovery key does not open it. Try again.</source>
        <translation>यह पासफ़्रेज़ या रिकवरी कुंजी इसे नहीं खोलती। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is encrypted with a key this computer does not have (or it is damaged). Unlock with the passphrase or recovery key it was made with.</source>
        <translation>{name} ऐसी कुंजी से एन्क्रिप्टेड है जो इस कंप्यूटर पर नहीं है (या फ़ाइल ख़राब है)। जिस पासफ़्रेज़ या रिकवरी कुंजी से यह बना था, उससे खोलें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: the encrypted file is truncated</source>
        <translation>{name}: एन्क्रिप्टेड फ़ाइल अधूरी है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not an encrypted Freelance Desk file</source>
        <translation>{name}: यह Freelance Desk की एन्क्रिप्टेड फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: damaged, or encrypted with another key</source>
        <translation>{name}: ख़राब है, या किसी दूसरी कुंजी से एन्क्रिप्टेड है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: encrypted with a key this computer does not have</source>
        <translation>{name}: ऐसी कुंजी से एन्क्रिप्टेड है जो इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Install or unlock a system keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or leave the account number empty; nothing was changed</source>
        <translation>{problem} कोई सिस्टम कीरिंग (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) इंस्टॉल करें या अनलॉक करें, या खाता संख्या ख़ाली छोड़ दें; कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the system keyring refused to store the payout details ({detail}); unlock the keyring or install a keyring backend, then try again</source>
        <translation>सिस्टम कीरिंग ने भुगतान पाने का विवरण रखने से मना कर दिया ({detail}); कीरिंग अनलॉक करें या कोई कीरिंग बैकएंड इंस्टॉल करें, फिर से कोशिश करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the system keyring: {detail}</source>
        <translation>सिस्टम कीरिंग पढ़ी नहीं जा सकती: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot remove the details from the keyring: {detail}</source>
        <translation>कीरिंग से विवरण हटाया नहीं जा सकता: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Freelance Desk window or command is using {folder}. Close it and try again; nothing was changed.</source>
        <translation>Freelance Desk की कोई दूसरी विंडो या कमांड {folder} का उपयोग कर रही है। उसे बंद करके फिर से कोशिश करें; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data is being restored, encrypted or decrypted; it is reopened as soon as that is done.</source>
        <translation>डेटा रीस्टोर, एन्क्रिप्ट या डिक्रिप्ट हो रहा है; यह पूरा होते ही डेटा फिर से खुल जाएगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{profile_field}: at most {max} characters allowed, got {n}</source>
        <translation>{profile_field}: अधिकतम {max} अक्षरों की अनुमति है, {n} मिले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{profile_field}: at most {max} allowed, got {n}</source>
        <translation>{profile_field}: अधिकतम {max} की अनुमति है, {n} मिले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability: one of {choices}, got “{value}”</source>
        <translation>उपलब्धता: {choices} में से एक होनी चाहिए, “{value}” मिला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown profile field “{value}”</source>
        <translation>प्रोफ़ाइल का अनजाना फ़ील्ड “{value}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hourly rate: money must not be float</source>
        <translation>प्रति घंटा दर: पैसा float के रूप में नहीं दिया जा सकता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown list “{value}”; known: {choices}</source>
        <translation>अनजानी सूची “{value}”; ज्ञात सूचियाँ: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind} {id} no longer exists</source>
        <translation>{list_kind} {id} अब मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: unknown field(s) {fields}</source>
        <translation>{list_kind}: अनजाने फ़ील्ड {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: {list_field} is required</source>
        <translation>{list_kind}: {list_field} ज़रूरी है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind} {list_field}: at most {max} characters allowed, got {n}</source>
        <translation>{list_kind} का {list_field}: अधिकतम {max} अक्षरों की अनुमति है, {n} मिले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: expiry date is before the issue date</source>
        <translation>{list_kind}: समाप्ति की तारीख़ जारी होने की तारीख़ से पहले है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: end date is before the start date</source>
        <translation>{list_kind}: ख़त्म होने की तारीख़ शुरू होने की तारीख़ से पहले है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: {list_field} must be a year, got “{value}”</source>
        <translation>{list_kind}: {list_field} एक वर्ष होना चाहिए, “{value}” मिला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: {list_field} {year} is not a plausible year</source>
        <translation>{list_kind}: {list_field} {year} संभव वर्ष नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: end year is before the start year</source>
        <translation>{list_kind}: ख़त्म होने का वर्ष शुरू होने के वर्ष से पहले है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: proficiency must be one of {choices}</source>
        <translation>{list_kind}: दक्षता {choices} में से एक होनी चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{profile_field}: not a web address: “{value}”</source>
        <translation>{profile_field}: यह वेब पता नहीं है: “{value}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{list_kind}: {list_field} must be a date (YYYY-MM-DD), got “{value}”</source>
        <translation>{list_kind}: {list_field} एक तारीख़ (YYYY-MM-DD) होनी चाहिए, “{value}” मिला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{url}”: a feed address starts with https:// or http://</source>
        <translation>“{url}”: फ़ीड का पता https:// या http:// से शुरू होता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you already follow this feed</source>
        <translation>आप यह फ़ीड पहले से फ़ॉलो करते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that feed is no longer followed</source>
        <translation>वह फ़ीड अब फ़ॉलो नहीं की जाती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} ने उत्तर दिया: {status} {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} answered {status} {reason} — check the address</source>
        <translation>{host} ने उत्तर दिया: {status} {reason} — पता जाँचें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot find {host}: you seem to be offline (or the address is wrong)</source>
        <translation>{host} नहीं मिला: लगता है आप ऑफ़लाइन हैं (या पता ग़लत है)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer within {seconds} s</source>
        <translation>{host} ने {seconds} सेकंड में उत्तर नहीं दिया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} refused the connection</source>
        <translation>{host} ने कनेक्शन अस्वीकार कर दिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host}: secure connection failed ({detail})</source>
        <translation>{host}: सुरक्षित कनेक्शन विफल रहा ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach {host}: {detail}</source>
        <translation>{host} तक नहीं पहुँचा जा सकता: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent more than {megabytes} MB; not a job feed</source>
        <translation>{host} ने {megabytes} MB से ज़्यादा भेजा; यह जॉब फ़ीड नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a job feed: {detail}</source>
        <translation>यह जॉब फ़ीड नहीं है: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a client needs a name</source>
        <translation>क्लाइंट का नाम ज़रूरी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+281"/>
        <source>Connects count must not be negative, got {count}</source>
        <translation>Connects की संख्या ऋणात्मक नहीं हो सकती, {count} मिली</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Deleting this row would leave spends without Connects: {reason}</source>
        <translation>यह पंक्ति हटाने से ख़र्च बिना Connects के रह जाएँगे: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>cannot change {fields}</source>
        <translation>{fields} नहीं बदले जा सकते</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>bid type must be hourly or fixed, got &apos;{value}&apos;</source>
        <translation>बोली का प्रकार प्रति घंटा या फ़िक्स्ड होना चाहिए, &apos;{value}&apos; मिला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fixed price is by project or by milestones, got &apos;{value}&apos;</source>
        <translation>फ़िक्स्ड क़ीमत पूरे प्रोजेक्ट की या माइलस्टोन के हिसाब से होती है, &apos;{value}&apos; मिला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown status &apos;{value}&apos;</source>
        <translation>अनजानी स्थिति &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown filter &apos;{value}&apos;</source>
        <translation>अनजाना फ़िल्टर &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figures are grouped by profile or template, not &apos;{value}&apos;</source>
        <translation>आँकड़े प्रोफ़ाइल या टेम्पलेट के हिसाब से समूहित होते हैं, &apos;{value}&apos; के हिसाब से नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown earning kind &apos;{value}&apos;; expected one of {choices}</source>
        <translation>कमाई का अनजाना प्रकार &apos;{value}&apos;; इनमें से एक होना चाहिए: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown expense kind &apos;{value}&apos;; expected one of {choices}</source>
        <translation>ख़र्च का अनजाना प्रकार &apos;{value}&apos;; इनमें से एक होना चाहिए: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot change {fields} here</source>
        <translation>{fields} यहाँ नहीं बदले जा सकते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaction {id} is no longer in the ledger (deleted meanwhile)</source>
        <translation>लेन-देन {id} अब खाते में नहीं है (इस बीच हटा दिया गया)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transaction {id} is in the ledger again (put back or imported again meanwhile): nothing was restored</source>
        <translation>लेन-देन {id} फिर से खाते में है (इस बीच वापस लाया गया या फिर से आयात किया गया): कुछ भी वापस नहीं लाया गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown withdrawal method kind &apos;{value}&apos;</source>
        <translation>निकासी के तरीक़े का अनजाना प्रकार &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no client called &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; नाम का कोई क्लाइंट नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is out of range</source>
        <translation>{value} सीमा से बाहर है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an amount in cents</source>
        <translation>{value} सेंट में कोई राशि नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} cents is beyond the largest amount this app stores ({most})</source>
        <translation>{value} सेंट इस ऐप में रखी जा सकने वाली सबसे बड़ी राशि ({most}) से ज़्यादा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not true/false</source>
        <translation>{value} सही/ग़लत (true/false) नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a time</source>
        <translation>{value} कोई समय नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} कोई तारीख़ (YYYY-MM-DD) नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not JSON text</source>
        <translation>{value} JSON पाठ नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not valid JSON</source>
        <translation>{value} सही JSON नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not text</source>
        <translation>{value} पाठ नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} characters is longer than this app stores</source>
        <translation>{n} अक्षर इस ऐप में रखी जा सकने वाली लंबाई से ज़्यादा हैं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a plausible number</source>
        <translation>{value} संभव संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} इनमें से कोई नहीं है: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{email} is not a member of this workspace</source>
        <translation>{email} इस वर्कस्पेस का सदस्य नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{email} is already a member of this workspace</source>
        <translation>{email} पहले से इस वर्कस्पेस का सदस्य है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{email}” is not an e-mail address</source>
        <translation>“{email}” ई-मेल पता नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown role “{value}”: expected owner, manager or member</source>
        <translation>अज्ञात भूमिका “{value}”: मालिक (owner), प्रबंधक (manager) या सदस्य (member) होनी चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server already has a login called “{login}”; choose another name for it. Nothing was changed.</source>
        <translation>सर्वर पर “{login}” नाम का लॉगिन पहले से है; इसके लिए कोई दूसरा नाम चुनें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{login}” cannot be a login name: use lowercase letters, digits and _ (at most 63, starting with a letter)</source>
        <translation>“{login}” लॉगिन नाम नहीं हो सकता: छोटे अक्षर, अंक और _ इस्तेमाल करें (अधिकतम 63, शुरुआत अक्षर से)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your server login may not create logins for members (it needs the CREATEROLE right). Nothing was changed.</source>
        <translation>आपका सर्वर लॉगिन सदस्यों के लिए लॉगिन नहीं बना सकता (इसे CREATEROLE अधिकार चाहिए)। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the workspace&apos;s owners may do this. Nothing was changed.</source>
        <translation>यह केवल वर्कस्पेस के मालिक कर सकते हैं। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the workspace&apos;s owners and managers may do this. Nothing was changed.</source>
        <translation>यह केवल वर्कस्पेस के मालिक और प्रबंधक कर सकते हैं। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{email} is the workspace&apos;s last owner; make someone else an owner first</source>
        <translation>{email} वर्कस्पेस के आख़िरी मालिक हैं; पहले किसी और को मालिक बनाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the login “{login}” is not a member of this workspace</source>
        <translation>लॉगिन “{login}” इस वर्कस्पेस का सदस्य नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an hourly pay must be more than zero, got {value}</source>
        <translation>घंटे का भुगतान शून्य से अधिक होना चाहिए, मिला {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a share is a percentage above 0 and at most 100, got {value}</source>
        <translation>हिस्सा 0 से अधिक और अधिकतम 100 प्रतिशत होता है, मिला {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a member&apos;s pay as an hourly rate or as a share of the agency&apos;s net, one of the two</source>
        <translation>सदस्य का भुगतान घंटे की दर या एजेंसी की शुद्ध राशि के हिस्से के रूप में दें, दोनों में से एक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no pay is set for {email} yet</source>
        <translation>{email} के लिए अभी कोई भुगतान तय नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no payment #{id}</source>
        <translation>भुगतान #{id} मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment #{id} is not money a client paid (it is a {payment_kind})</source>
        <translation>भुगतान #{id} क्लाइंट द्वारा चुकाई गई राशि नहीं है (यह {payment_kind} है)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment #{id} belongs to no contract, so no member earned it</source>
        <translation>भुगतान #{id} किसी अनुबंध का नहीं है, इसलिए इसे किसी सदस्य ने नहीं कमाया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contract of payment #{id} is not assigned to a member</source>
        <translation>भुगतान #{id} का अनुबंध किसी सदस्य को सौंपा नहीं गया है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment #{id} records no hours; give the minutes worked to pay {email} by the hour</source>
        <translation>भुगतान #{id} में घंटे दर्ज नहीं हैं; {email} को घंटे के हिसाब से भुगतान करने के लिए काम के मिनट दें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pay for payment #{id} is already recorded ({amount} to {email})</source>
        <translation>भुगतान #{id} का भुगतान पहले से दर्ज है ({email} को {amount})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your role in this workspace does not allow this (the server said: {detail})</source>
        <translation>इस वर्कस्पेस में आपकी भूमिका इसकी अनुमति नहीं देती (सर्वर ने कहा: {detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{email} was removed from this workspace on {date}</source>
        <translation>{email} को {date} को इस वर्कस्पेस से हटा दिया गया था</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your server login may not drop the login “{login}” (it needs the CREATEROLE right, and the workspace&apos;s tables). Nothing was changed.</source>
        <translation>आपका सर्वर लॉगिन “{login}” लॉगिन को हटा नहीं सकता (इसके लिए CREATEROLE अधिकार और वर्कस्पेस की तालिकाएँ चाहिए)। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you cannot remove yourself ({email}); another owner can. Nothing was changed.</source>
        <translation>आप स्वयं को ({email}) नहीं हटा सकते; कोई दूसरा मालिक हटा सकता है। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{email}&apos;s work cannot be handed to {email}: name another member</source>
        <translation>{email} का काम {email} को ही नहीं सौंपा जा सकता: किसी दूसरे सदस्य का नाम दें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this {record} (#{id}) after you opened it, so your change was not saved; it is kept for you to merge.</source>
        <translation>आपके खोलने के बाद किसी और ने यह {record} (#{id}) सहेज लिया, इसलिए आपका बदलाव सहेजा नहीं गया; वह मिलाने (मर्ज) के लिए आपके पास रखा है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {record} (#{id}) was deleted by someone else; your change was not saved.</source>
        <translation>यह {record} (#{id}) किसी और ने हटा दिया; आपका बदलाव सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace server cannot be reached right now, so nothing was changed there. Try again when it is back.</source>
        <translation>वर्कस्पेस सर्वर से अभी संपर्क नहीं हो पा रहा, इसलिए वहाँ कुछ नहीं बदला गया। सर्वर वापस आने पर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: reading {document} would take about {megabytes} MB of memory for {compressed} compressed bytes (a zip bomb?); nothing was changed</source>
        <translation>{name}: {document} को पढ़ने में लगभग {megabytes} MB मेमोरी लगेगी, जबकि संपीड़ित आकार सिर्फ़ {compressed} बाइट है (zip बम?); कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, line {line}, {column}: {reason}</source>
        <translation>{file}, पंक्ति {line}, {column}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, पंक्ति {line}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} (nothing was imported)</source>
        <translation>{problem} (कुछ भी आयात नहीं किया गया)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {count} problems: {problems}</source>
        <translation>कुछ भी आयात नहीं किया गया: {count} समस्याएँ: {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {count} problems: {problems}; and {more} more</source>
        <translation>कुछ भी आयात नहीं किया गया: {count} समस्याएँ: {problems}; और {more} अन्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a spreadsheet workbook (.xlsx), not CSV; download the CSV from Upwork or save the sheet as CSV</source>
        <translation>यह स्प्रेडशीट वर्कबुक (.xlsx) है, CSV नहीं; Upwork से CSV डाउनलोड करें या शीट को CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{megabytes} MB is far bigger than an Upwork statement (this importer reads up to {limit} MB)</source>
        <translation>{megabytes} एमबी किसी Upwork स्टेटमेंट से बहुत बड़ा है (यह इम्पोर्ट अधिकतम {limit} एमबी पढ़ता है)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a text file in UTF-8, UTF-16 or Windows-1252 (a binary or damaged file?)</source>
        <translation>यह UTF-8, UTF-16 या Windows-1252 में टेक्स्ट फ़ाइल नहीं है (बाइनरी या ख़राब फ़ाइल?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file: {detail}</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as CSV (a quote that is never closed?)</source>
        <translation>CSV के रूप में पढ़ी नहीं जा सकती (कोई उद्धरण चिह्न जो कभी बंद नहीं हुआ?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as CSV: a cell is longer than {limit} characters (a quote that is never closed?)</source>
        <translation>CSV के रूप में पढ़ी नहीं जा सकती: एक सेल {limit} अक्षरों से लंबा है (कोई उद्धरण चिह्न जो कभी बंद नहीं हुआ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last row is cut short: a quoted field is never closed (was the file truncated?)</source>
        <translation>आख़िरी पंक्ति अधूरी है: उद्धरण चिह्न वाला एक फ़ील्ड कभी बंद नहीं हुआ (क्या फ़ाइल बीच में कट गई?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: {reason}</source>
        <translation>पंक्ति {line}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty; expected an Upwork transaction statement with the header {header}</source>
        <translation>फ़ाइल ख़ाली है; अपेक्षा थी Upwork लेन-देन स्टेटमेंट की, जिसका हेडर हो {header}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an Upwork transaction statement: found columns {found} on line {line}; expected the legacy header ({legacy}) or the newer one ({newer})</source>
        <translation>यह Upwork लेन-देन स्टेटमेंट नहीं है: पंक्ति {line} पर कॉलम मिले {found}; अपेक्षा थी पुराने हेडर ({legacy}) की या नए हेडर ({newer}) की</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an Upwork Weekly Summary export: found columns {found}; expected {expected}</source>
        <translation>यह Upwork साप्ताहिक सारांश (Weekly Summary) एक्सपोर्ट नहीं है: कॉलम मिले {found}; अपेक्षा थी {expected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neither an Upwork transaction statement nor a Weekly Summary export: found columns {found}; expected a statement header (starting {legacy} or {newer}) or {expected}</source>
        <translation>न यह Upwork लेन-देन स्टेटमेंट है, न साप्ताहिक सारांश एक्सपोर्ट: कॉलम मिले {found}; अपेक्षा थी स्टेटमेंट हेडर की ({legacy} या {newer} से शुरू) या {expected} की</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has {cells} fields but the header has {columns} (a stray comma or quote?)</source>
        <translation>इसमें {cells} फ़ील्ड हैं, पर हेडर में {columns} हैं (कोई फ़ालतू कॉमा या उद्धरण चिह्न?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date is empty</source>
        <translation>तारीख़ ख़ाली है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a valid date: {value} (no such day or month)</source>
        <translation>सही तारीख़ नहीं है: {value} (ऐसा कोई दिन या महीना नहीं)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date: {value} (expected e.g. {examples})</source>
        <translation>तारीख़ नहीं है: {value} (अपेक्षा थी, जैसे {examples})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the transaction id is empty; it is what keeps a re-import from adding the row twice</source>
        <translation>लेन-देन आईडी ख़ाली है; इसी से दोबारा इम्पोर्ट करने पर पंक्ति दो बार नहीं जुड़ती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} was turned into scientific notation by a spreadsheet and the real id is lost; download the statement again from Upwork</source>
        <translation>स्प्रेडशीट ने {value} को वैज्ञानिक संकेतन में बदल दिया और असली आईडी खो गई; Upwork से स्टेटमेंट फिर से डाउनलोड करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ref} appears twice (first on line {first}); a statement lists each transaction once</source>
        <translation>{ref} दो बार आया है (पहली बार पंक्ति {first} पर); स्टेटमेंट में हर लेन-देन एक ही बार होता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount is empty</source>
        <translation>रक़म ख़ाली है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has more than two decimal places: {value}</source>
        <translation>दशमलव के बाद दो से ज़्यादा अंक हैं: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contract is empty</source>
        <translation>कॉन्ट्रैक्ट ख़ाली है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a number of hours: {value}</source>
        <translation>घंटों की संख्या नहीं है: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative hours: {value}</source>
        <translation>घंटे ऋणात्मक हैं: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an hourly row needs its hours</source>
        <translation>घंटे वाली पंक्ति में घंटे होने चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is not UTF-8; read it as Windows-1252 (a spreadsheet re-save?)</source>
        <translation>फ़ाइल UTF-8 में नहीं है; इसे Windows-1252 मानकर पढ़ा गया (स्प्रेडशीट में दोबारा सहेजी गई?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored column {column}</source>
        <translation>कॉलम {column} छोड़ दिया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown transaction type {value}; recorded as miscellaneous</source>
        <translation>अनजाना लेन-देन प्रकार {value}; फुटकर के रूप में दर्ज किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown payment type {value}; recorded as miscellaneous</source>
        <translation>अनजाना भुगतान प्रकार {value}; फुटकर के रूप में दर्ज किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows are oldest first; read them in reverse (Upwork lists the newest first)</source>
        <translation>पंक्तियाँ सबसे पुरानी पहले हैं; उन्हें उल्टे क्रम में पढ़ा गया (Upwork सबसे नई पहले दिखाता है)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dated {date}, newer than line {above_line} above it ({above_date}); Upwork lists the newest first</source>
        <translation>तारीख़ {date}, जो ऊपर की पंक्ति {above_line} ({above_date}) से नई है; Upwork सबसे नई पहले दिखाता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>balance {found} does not follow from line {older_line}: expected {expected} (a missing or edited row between them?)</source>
        <translation>बैलेंस {found} पंक्ति {older_line} से मेल नहीं खाता: अपेक्षा थी {expected} (बीच में कोई पंक्ति छूटी या बदली गई?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} hrs at {rate}/hr is {billed}, but the amount is {amount}</source>
        <translation>{hours} घंटे × {rate} प्रति घंटा = {billed}, पर रक़म {amount} है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} hours is not a whole number of minutes; counted as {minutes} minutes</source>
        <translation>{hours} घंटे पूरे मिनट नहीं बनते; {minutes} मिनट गिने गए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ledger already has {count} earning(s) from transaction statements in this period; a Weekly Summary covers the same work, so importing both counts it twice</source>
        <translation>इस अवधि में खाते में लेन-देन स्टेटमेंट से {count} कमाई पहले से है; साप्ताहिक सारांश उसी काम को दिखाता है, इसलिए दोनों इम्पोर्ट करने पर वह दो बार गिना जाएगा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an amount of money: {value}</source>
        <translation>कोई रक़म नहीं है: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is ambiguous: three decimal places, or a thousands separator ({group} is this file&apos;s)?</source>
        <translation>{value} के दो अर्थ हो सकते हैं: दशमलव के बाद तीन अंक, या हज़ार का विभाजक (इस फ़ाइल में {group} है)?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{limit_key}: at most {most} allowed, got {value}</source>
        <translation>{limit_key}: अधिकतम {most} की अनुमति है, मिला {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{limit_key}: at least {least} required, got {value}</source>
        <translation>{limit_key}: कम से कम {least} चाहिए, मिला {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such job field to read a column as: {fields}</source>
        <translation>कॉलम को पढ़ने के लिए ऐसा कोई जॉब फ़ील्ड नहीं है: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the job title or description</source>
        <translation>जॉब के शीर्षक या विवरण के लिए कोई कॉलम नहीं चुना गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {reason}; choose the columns to import</source>
        <translation>{name}: {reason}; इम्पोर्ट करने के लिए कॉलम चुनें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table {table}, row id {row}, field {column}: {problem}</source>
        <translation>तालिका {table}, पंक्ति आईडी {row}, फ़ील्ड {column}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database&apos;s own check found: {detail}</source>
        <translation>डेटाबेस की अपनी जाँच में मिला: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job search index does not match the jobs: {detail}</source>
        <translation>जॉब खोज सूचकांक जॉब्स से मेल नहीं खाता: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>net + fee must equal gross ({net} + {fee} is not {gross} cents)</source>
        <translation>शुद्ध + शुल्क कुल के बराबर होना चाहिए ({net} + {fee}, {gross} सेंट नहीं है)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a row cannot be its own parent</source>
        <translation>कोई पंक्ति अपनी ही मूल पंक्ति नहीं हो सकती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lifetime billings cannot be negative, got {amount}</source>
        <translation>अब तक का कुल बिल ऋणात्मक नहीं हो सकता, मिला {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund of {refund} exceeds lifetime billings of {billings} with this client</source>
        <translation>{refund} का रिफ़ंड इस क्लाइंट के साथ अब तक के कुल बिल {billings} से ज़्यादा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>net must not be negative, got {amount}</source>
        <translation>शुद्ध रक़म ऋणात्मक नहीं हो सकती, मिली {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>boost bid must not be negative, got {count}</source>
        <translation>बूस्ट बोली ऋणात्मक नहीं हो सकती, मिली {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ledger entry on {date}: count must not be negative</source>
        <translation>{date} की खाता प्रविष्टि: संख्या ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: nested too deeply to be job postings</source>
        <translation>{name}: इतनी गहरी परतें जॉब पोस्टिंग नहीं हो सकतीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, row {row}, {job_field}: {reason} (rows that cannot be read: {count}, good rows: {good}; nothing was imported)</source>
        <translation>{file}, पंक्ति {row}, {job_field}: {reason} (न पढ़ी जा सकने वाली पंक्तियाँ: {count}, ठीक पंक्तियाँ: {good}; कुछ भी इम्पोर्ट नहीं हुआ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, row {row}: {reason} (rows that cannot be read: {count}, good rows: {good}; nothing was imported)</source>
        <translation>{file}, पंक्ति {row}: {reason} (न पढ़ी जा सकने वाली पंक्तियाँ: {count}, ठीक पंक्तियाँ: {good}; कुछ भी इम्पोर्ट नहीं हुआ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown job status “{value}”</source>
        <translation>जॉब की अनजान स्थिति “{value}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot search for “{query}”: try fewer symbols</source>
        <translation>“{query}” नहीं खोजा जा सकता: कम चिह्नों के साथ कोशिश करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown sort “{value}”; use one of {choices}</source>
        <translation>अनजान क्रम “{value}”; इनमें से एक चुनें: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the posting has no title</source>
        <translation>पोस्टिंग का कोई शीर्षक नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no title and no description: nothing to import</source>
        <translation>न शीर्षक है न विवरण: इम्पोर्ट करने को कुछ नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is neither hourly nor fixed price</source>
        <translation>{value} न प्रति घंटा है न फ़िक्स्ड प्राइस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not an experience level (entry, intermediate, expert)</source>
        <translation>{value} अनुभव का स्तर नहीं है (entry, intermediate, expert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a project length (e.g. “Less than 1 month”, “1 to 3 months”)</source>
        <translation>{value} प्रोजेक्ट की अवधि नहीं है (जैसे “Less than 1 month”, “1 to 3 months”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a workload (less than 30, more than 30 hrs/week, as needed)</source>
        <translation>{value} काम का बोझ नहीं है (30 से कम, 30 से ज़्यादा घंटे/सप्ताह, ज़रूरत के अनुसार)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a proposals band (e.g. “Less than 5”, “10 to 15”, “50+”)</source>
        <translation>{value} प्रपोज़ल की संख्या का दायरा नहीं है (जैसे “Less than 5”, “10 to 15”, “50+”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hourly range is upside down: {low} to {high}</source>
        <translation>घंटे की दर का दायरा उल्टा है: {low} से {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} cannot be negative</source>
        <translation>{value} ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rating {value} is not between 0 and 5</source>
        <translation>रेटिंग {value} 0 और 5 के बीच नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hire rate {value}% is not between 0 and 100</source>
        <translation>हायर दर {value}% 0 और 100 के बीच नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time must carry a time zone</source>
        <translation>समय के साथ टाइम ज़ोन होना चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown source “{value}”</source>
        <translation>अनजान स्रोत “{value}”</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>{value} is beyond the largest amount this app stores ({limit})</source>
        <translation>{value} इस ऐप में रखी जा सकने वाली सबसे बड़ी रक़म ({limit}) से ज़्यादा है</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+79"/>
        <source>the year {year} is not plausible ({low}–{high})</source>
        <translation>साल {year} संभव नहीं लगता ({low}–{high})</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+79"/>
        <source>{value} is not a plausible count</source>
        <translation>{value} संभव गिनती नहीं लगती</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>{chars} characters is longer than the {limit} this app stores</source>
        <translation>{chars} अक्षर इस ऐप में रखे जा सकने वाले {limit} से ज़्यादा हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more skills (or longer ones) than a posting can hold</source>
        <translation>एक पोस्टिंग में जितनी स्किल्स आ सकती हैं, उससे ज़्यादा (या लंबी) स्किल्स</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+88"/>
        <source>{value} is not an amount of money</source>
        <translation>{value} रक़म नहीं है</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+98"/>
        <source>{value} is written with a decimal comma; this file uses a decimal point (write 1234.56, or save the CSV with semicolons so the comma convention is known)</source>
        <translation>{value} दशमलव अल्पविराम (कॉमा) से लिखा है; यह फ़ाइल दशमलव बिंदु इस्तेमाल करती है (1234.56 लिखें, या CSV को सेमीकोलन के साथ सहेजें ताकि कॉमा वाला तरीक़ा पहचाना जा सके)</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>{value} is written with a decimal point, but this file uses decimal commas</source>
        <translation>{value} दशमलव बिंदु से लिखा है, पर यह फ़ाइल दशमलव अल्पविराम (कॉमा) इस्तेमाल करती है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is ambiguous: three decimal places, or a thousands separator?</source>
        <translation>{value} के दो अर्थ निकलते हैं: दशमलव के बाद तीन अंक, या हज़ार का विभाजक?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} holds more than two amounts</source>
        <translation>{value} में दो से ज़्यादा रक़में हैं</translation>
    </message>
    <message>
        <location line="-310"/>
        <location line="+312"/>
        <source>{value} is not a whole number</source>
        <translation>{value} पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a percentage</source>
        <translation>{value} प्रतिशत नहीं है</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+296"/>
        <source>{value} is not a number</source>
        <translation>{value} संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not yes/no</source>
        <translation>{value} हाँ/नहीं नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a date and time</source>
        <translation>{value} तारीख़ और समय नहीं है</translation>
    </message>
    <message>
        <location line="-308"/>
        <location line="+310"/>
        <source>{value} is not a date</source>
        <translation>{value} तारीख़ नहीं है</translation>
    </message>
    <message>
        <location line="-700"/>
        <source>{name}: not valid JSON (line {line}, column {column})</source>
        <translation>{name}: सही JSON नहीं है (पंक्ति {line}, कॉलम {column})</translation>
    </message>
    <message>
        <location line="+701"/>
        <source>{value} is not a web address</source>
        <translation>{value} वेब पता नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (read as {job_field})</source>
        <translation>{reason} ({job_field} के रूप में पढ़ा गया)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cells} cells but the header has {columns} columns (a stray delimiter or quote?)</source>
        <translation>{cells} सेल, पर हेडर में {columns} कॉलम हैं (कोई फ़ालतू विभाजक या उद्धरण चिह्न?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cells} cells but the header has {columns} columns (the row is cut short: was the file truncated?)</source>
        <translation>{cells} सेल, पर हेडर में {columns} कॉलम हैं (पंक्ति अधूरी है: क्या फ़ाइल कटी हुई है?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row is cut short: a quoted cell is never closed (was the file truncated?)</source>
        <translation>पंक्ति अधूरी है: उद्धरण चिह्न वाला एक सेल कभी बंद नहीं होता (क्या फ़ाइल कटी हुई है?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this line is not valid JSON</source>
        <translation>यह पंक्ति मान्य JSON नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested too deeply to be a job posting</source>
        <translation>जॉब पोस्टिंग होने के लिए बहुत गहराई तक नेस्टेड है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to read: the pasted text is empty</source>
        <translation>पढ़ने को कुछ नहीं: चिपकाया गया टेक्स्ट ख़ाली है</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="+113"/>
        <source>{file}, row {row}, {field}: {reason}</source>
        <translation>{file}, पंक्ति {row}, {field}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, row {row}: {reason}</source>
        <translation>{file}, पंक्ति {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/operations/settings.py" line="+26"/>
        <location filename="../../ui/settings/dialog.py" line="-37"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+4"/>
        <source>Settings pages</source>
        <translation>सेटिंग्स के पन्ने</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+29"/>
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
        <location filename="../../ui/profile/skills.py" line="+36"/>
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
        <location line="+140"/>
        <source>Type a skill, e.g. Django, and press Enter</source>
        <translation>कोई स्किल लिखें, जैसे Django, और Enter दबाएँ</translation>
    </message>
    <message>
        <location line="-130"/>
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
        <location line="+50"/>
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
    <name>Spelling</name>
    <message>
        <location filename="../../ui/spelling.py" line="+270"/>
        <source>(no suggestions)</source>
        <translation>(कोई सुझाव नहीं)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add “{0}” to Dictionary</source>
        <translation>“{0}” को शब्दकोश में जोड़ें</translation>
    </message>
</context>
<context>
    <name>StoredNote</name>
    <message>
        <location filename="../../models/proposals.py" line="+147"/>
        <source>{plan} plan, {month}</source>
        <translation>{plan} प्लान, {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Connects for {cost}</source>
        <translation>{cost} में {count} Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance correction</source>
        <translation>बैलेंस सुधार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance set to {n}</source>
        <translation>बैलेंस {n} पर सेट किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>अप्लाई किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boost bid</source>
        <translation>बूस्ट बोली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boost outbid before the client interacted</source>
        <translation>क्लाइंट के जवाब से पहले बूस्ट में पीछे रह गए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job cancelled by the client</source>
        <translation>क्लाइंट ने जॉब रद्द किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job post removed</source>
        <translation>जॉब पोस्ट हटा दी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused a year after issue</source>
        <translation>मिलने के एक साल तक इस्तेमाल नहीं हुए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boost outbid: {n} Connects back</source>
        <translation>बूस्ट में पीछे रह गए: {n} Connects वापस</translation>
    </message>
    <message>
        <location filename="../../models/contracts.py" line="+119"/>
        <source>Contract created from the proposal</source>
        <translation>प्रपोज़ल से कॉन्ट्रैक्ट बनाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract created from the proposal (offer)</source>
        <translation>प्रपोज़ल से कॉन्ट्रैक्ट बनाया गया (ऑफ़र)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract added by hand</source>
        <translation>कॉन्ट्रैक्ट ख़ुद जोड़ा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract added by the import of {file}: payments from {first_day} to {last_day}</source>
        <translation>{file} के इम्पोर्ट से कॉन्ट्रैक्ट जोड़ा गया: {first_day} से {last_day} तक के भुगतान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service fee set to {percent}%</source>
        <translation>सर्विस फ़ीस {percent}% तय की गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee cleared</source>
        <translation>सर्विस फ़ीस हटाई गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer accepted; contract started</source>
        <translation>ऑफ़र स्वीकार किया गया; कॉन्ट्रैक्ट शुरू हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer declined</source>
        <translation>ऑफ़र अस्वीकार किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract paused</source>
        <translation>कॉन्ट्रैक्ट रोका गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract resumed</source>
        <translation>कॉन्ट्रैक्ट फिर से शुरू हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract ended</source>
        <translation>कॉन्ट्रैक्ट ख़त्म हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone funded: “{milestone}” ({amount})</source>
        <translation>माइलस्टोन फ़ंड हुआ: “{milestone}” ({amount})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work submitted for “{milestone}”; approves automatically {approves_at}</source>
        <translation>“{milestone}” का काम जमा किया गया; {approves_at} को अपने-आप मंज़ूर हो जाएगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client asked for changes on “{milestone}”</source>
        <translation>क्लाइंट ने “{milestone}” में बदलाव माँगे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client approved “{milestone}”: {amount} released</source>
        <translation>क्लाइंट ने “{milestone}” मंज़ूर किया: {amount} जारी हुए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved automatically after {days} days: “{milestone}”, {amount} released</source>
        <translation>{days} दिन बाद अपने-आप मंज़ूर: “{milestone}”, {amount} जारी हुए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bonus received: {amount}</source>
        <translation>बोनस मिला: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded {amount} to the client</source>
        <translation>क्लाइंट को {amount} रिफ़ंड किए गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic processing stopped for this contract ({step}): {problem}</source>
        <translation>इस कॉन्ट्रैक्ट का अपने-आप होने वाला काम रुक गया ({step}): {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{line}; {remainder} rolled into the next milestone</source>
        <translation>{line}; बाक़ी {remainder} अगले माइलस्टोन में जोड़े गए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line}; proposal sent {day}</source>
        <translation>{line}; प्रपोज़ल {day} को भेजा गया था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{line}: {reason}</source>
        <translation>{line}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/payments.py" line="+52"/>
        <source>{line} — {words}</source>
        <translation>{line} — {words}</translation>
    </message>
    <message>
        <location filename="../../models/payments.py" line="-12"/>
        <source>{contract}: {hours} h, week of {week}</source>
        <translation>{contract}: {hours} घंटे, {week} से शुरू सप्ताह</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{contract}: {milestone}</source>
        <translation>{contract}: {milestone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus: {contract}</source>
        <translation>बोनस: {contract}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund: {contract}</source>
        <translation>रिफ़ंड: {contract}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{method} ({method_kind})</source>
        <translation>{method} ({method_kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal fee – {method}</source>
        <translation>निकासी फ़ीस – {method}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} Connects</source>
        <translation>{count} Connects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remainder of “{milestone}”</source>
        <translation>“{milestone}” की बाक़ी राशि</translation>
    </message>
</context>
<context>
    <name>StrengthPanel</name>
    <message>
        <location filename="../../ui/profile/strength.py" line="+42"/>
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
    <message numerus="yes">
        <location line="+31"/>
        <source>%n thing(s) to improve — click one to go there.</source>
        <translation>
            <numerusform>सुधारने के लिए %n बात — वहाँ जाने के लिए उस पर क्लिक करें।</numerusform>
            <numerusform>सुधारने के लिए %n बातें — वहाँ जाने के लिए किसी पर क्लिक करें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on the checklist is done.</source>
        <translation>चेकलिस्ट का सब काम पूरा है।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Click to go to this field</source>
        <translation>इस फ़ील्ड पर जाने के लिए क्लिक करें</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/jobs/dialogs.py" line="-423"/>
        <source>{name}: {added} added, {updated} updated, {same} already in the library, {rejected} rejected</source>
        <translation>{name}: {added} जोड़े, {updated} अपडेट, {same} पहले से लाइब्रेरी में, {rejected} अस्वीकार</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import finished</source>
        <translation>इम्पोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{added} added&lt;/b&gt;, {updated} updated, {same} already in the library, {rejected} rejected.</source>
        <translation>&lt;b&gt;{added} जोड़े&lt;/b&gt;, {updated} अपडेट, {same} पहले से लाइब्रेरी में, {rejected} अस्वीकार।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rejected rows (nothing else was lost):</source>
        <translation>अस्वीकार की गई पंक्तियाँ (बाक़ी कुछ नहीं खोया):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows</source>
        <translation>अस्वीकार की गई पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>SweepStep</name>
    <message>
        <location filename="../../models/contracts.py" line="+3"/>
        <source>automatic approval</source>
        <translation>अपने-आप मंज़ूरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly billing</source>
        <translation>साप्ताहिक बिलिंग</translation>
    </message>
</context>
<context>
    <name>TemplateKind</name>
    <message>
        <location filename="../../models/proposals.py" line="-142"/>
        <source>template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snippet</source>
        <translation>स्निपेट</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="+108"/>
        <source>Templates and snippets</source>
        <translation>टेम्पलेट और स्निपेट</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter templates</source>
        <translation>लेटर टेम्पलेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snippets</source>
        <translation>स्निपेट</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/contracts/detail.py" line="-606"/>
        <source>{0}/h</source>
        <translation>{0}/घंटा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate not set</source>
        <translation>दर तय नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h/week limit</source>
        <translation>{0} घंटे/सप्ताह की सीमा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no weekly limit</source>
        <translation>कोई साप्ताहिक सीमा नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual time not allowed</source>
        <translation>मैन्युअल समय की अनुमति नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+{0}% every {1} months</source>
        <translation>हर {1} महीने +{0}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} total</source>
        <translation>कुल {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount not set</source>
        <translation>राशि तय नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}% service fee</source>
        <translation>{0}% सर्विस फ़ीस</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location line="+72"/>
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
        <location line="+157"/>
        <source>Start timer</source>
        <translation>टाइमर शुरू करें</translation>
    </message>
    <message>
        <location line="-146"/>
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
        <location line="+19"/>
        <source>Hours against the weekly limit</source>
        <translation>साप्ताहिक सीमा के मुक़ाबले घंटे</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+24"/>
        <source>(Mon–Sun UTC)</source>
        <translation>(सोम–रवि UTC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · billed</source>
        <translation> · बिल हुआ</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+27"/>
        <source>Stop timer</source>
        <translation>टाइमर बंद करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch timer here</source>
        <translation>टाइमर यहाँ लाएँ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The timer is running on “{0}”. Switching stops it there and starts it here.</source>
        <translation>टाइमर “{0}” पर चल रहा है। बदलने पर वहाँ बंद होकर यहाँ शुरू होगा।</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The contract is {0}; time can be logged on active contracts.</source>
        <translation>कॉन्ट्रैक्ट {0} है; समय सिर्फ़ सक्रिय कॉन्ट्रैक्ट पर दर्ज हो सकता है।</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; of {1} h weekly limit · {2} billable{3}</source>
        <translation>{1} घंटे की साप्ताहिक सीमा में से &lt;b&gt;{0}&lt;/b&gt; · {2} बिल योग्य{3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{0} h&lt;/b&gt; worked · {1} billable{2}</source>
        <translation>&lt;b&gt;{0} घंटे&lt;/b&gt; काम · {1} बिल योग्य{2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Diary editable until {0}</source>
        <translation>डायरी {0} तक बदली जा सकती है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diary closed {0} — read only</source>
        <translation>डायरी {0} को बंद हुई — सिर्फ़ पढ़ने के लिए</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This contract does not allow manual time</source>
        <translation>इस कॉन्ट्रैक्ट में मैन्युअल समय की अनुमति नहीं है</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Timer stopped: {0} h on “{1}”</source>
        <translation>टाइमर बंद: “{1}” पर {0} घंटे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timer stopped under half a minute: nothing recorded</source>
        <translation>टाइमर आधे मिनट से पहले बंद हुआ: कुछ दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timer started on “{0}”</source>
        <translation>“{0}” पर टाइमर शुरू हुआ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Added {0} h of manual time</source>
        <translation>{0} घंटे का मैन्युअल समय जोड़ा गया</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The workspace server cannot be reached: the change is kept on this computer and sent when it is back.</source>
        <translation>वर्कस्पेस सर्वर तक नहीं पहुँचा जा सकता: बदलाव इसी कंप्यूटर पर रखा गया है और सर्वर लौटने पर भेज दिया जाएगा।</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Time entry deleted — Edit ▸ Undo brings it back</source>
        <translation>समय प्रविष्टि हटाई गई — संपादन ▸ पूर्ववत करें से वापस आएगी</translation>
    </message>
</context>
<context>
    <name>TimerIndicator</name>
    <message>
        <location filename="../../ui/contracts/tab.py" line="-389"/>
        <source>Running timer</source>
        <translation>चल रहा टाइमर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the contract with the running timer</source>
        <translation>जिस कॉन्ट्रैक्ट पर टाइमर चल रहा है, उसे दिखाएँ</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>TimesheetDialog</name>
    <message>
        <location filename="../../ui/contracts/timesheet.py" line="+97"/>
        <location line="+1"/>
        <source>Weekly Timesheet</source>
        <translation>साप्ताहिक टाइमशीट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Previous</source>
        <translation>◀ पिछला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous week</source>
        <translation>पिछला हफ़्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>This week</source>
        <translation>इस हफ़्ते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>अगला ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>अगला हफ़्ता</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hours per contract and day</source>
        <translation>हर कॉन्ट्रैक्ट और दिन के घंटे</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No hourly contracts, and no time recorded this week.</source>
        <translation>कोई घंटेवार कॉन्ट्रैक्ट नहीं, और इस हफ़्ते कोई समय दर्ज नहीं।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(Mon–Sun UTC)</source>
        <translation>(सोम–रवि UTC)</translation>
    </message>
</context>
<context>
    <name>TimesheetModel</name>
    <message>
        <location line="-93"/>
        <source>Contract</source>
        <translation>कॉन्ट्रैक्ट</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Bills</source>
        <translation>बिल होगा</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} h over the weekly limit: recorded, not billed</source>
        <translation>साप्ताहिक सीमा से {0} घंटे ज़्यादा: दर्ज, पर बिल नहीं</translation>
    </message>
</context>
<context>
    <name>TrayTimer</name>
    <message>
        <location filename="../../ui/tray.py" line="+83"/>
        <source>Stop Timer</source>
        <translation>टाइमर रोकें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Switch to “{0}”</source>
        <translation>“{0}” पर बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on “{0}”</source>
        <translation>“{0}” पर शुरू करें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Freelance Desk</source>
        <translation>Freelance Desk दिखाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No timer running</source>
        <translation>कोई टाइमर नहीं चल रहा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● {elapsed} on “{title}”</source>
        <translation>● “{title}” पर {elapsed}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Timer</source>
        <translation>टाइमर</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The timer was not changed: {0}</source>
        <translation>टाइमर नहीं बदला: {0}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The workspace server cannot be reached: the change is kept on this computer and sent when it is back.</source>
        <translation>वर्कस्पेस सर्वर तक नहीं पहुँचा जा सकता: बदलाव इसी कंप्यूटर पर रखा गया है और सर्वर लौटने पर भेज दिया जाएगा।</translation>
    </message>
</context>
<context>
    <name>UpcomingStrip</name>
    <message>
        <location filename="../../ui/contracts/upcoming.py" line="-126"/>
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
        <location line="+61"/>
        <source>+{0} more</source>
        <translation>+{0} और</translation>
    </message>
</context>
<context>
    <name>WeekBars</name>
    <message>
        <location filename="../../ui/contracts/week.py" line="+24"/>
        <source>Hours per day this week</source>
        <translation>इस सप्ताह प्रतिदिन घंटे</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../ui/payments/dialogs.py" line="+36"/>
        <source>Record a withdrawal</source>
        <translation>निकासी दर्ज करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal method</source>
        <translation>निकासी का तरीका</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in USD</source>
        <translation>USD में रकम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>मिली रकम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>विनिमय दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record anyway (earlier statements are not imported)</source>
        <translation>फिर भी दर्ज करें (पुराने स्टेटमेंट इम्पोर्ट नहीं हुए हैं)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record beyond the available balance</source>
        <translation>उपलब्ध बैलेंस से ज़्यादा दर्ज करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Method:</source>
        <translation>तरीका (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>तारीख (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (USD):</source>
        <translation>रकम (USD) (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee:</source>
        <translation>फ़ीस (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received:</source>
        <translation>मिली (&amp;R):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xchange rate:</source>
        <translation>विनिमय दर (&amp;X):</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+39"/>
        <source>Add a withdrawal method first.</source>
        <translation>पहले निकासी का तरीका जोड़ें।</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{cur} per USD</source>
        <translation>प्रति USD {cur}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is not a number.</source>
        <translation>रकम कोई संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Available: {a}</source>
        <translation>उपलब्ध: {a}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Available {a}. {amount} leaves your balance ({fee} fee).</source>
        <translation>उपलब्ध {a}। आपके बैलेंस से {amount} जाएँगे ({fee} फ़ीस)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;That is more than the available balance.&lt;/b&gt;</source>
        <translation>&lt;b&gt;यह उपलब्ध बैलेंस से ज़्यादा है।&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the amount withdrawn in USD.</source>
        <translation>USD में निकाली गई रकम लिखें।</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <location filename="../../ui/labels.py" line="-10"/>
        <source>Less than 30 hrs/week</source>
        <translation>30 घंटे/सप्ताह से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 30 hrs/week</source>
        <translation>30 घंटे/सप्ताह से ज़्यादा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed</source>
        <translation>ज़रूरत के हिसाब से</translation>
    </message>
</context>
<context>
    <name>WorkspaceLive</name>
    <message>
        <location filename="../../ui/workspace_live.py" line="+75"/>
        <source>Start</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contract title</source>
        <translation>कॉन्ट्रैक्ट का शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate</source>
        <translation>प्रति घंटा दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly limit (minutes)</source>
        <translation>साप्ताहिक सीमा (मिनट)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual time allowed</source>
        <translation>मैन्युअल समय की अनुमति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate increase every (months)</source>
        <translation>दर में वृद्धि हर (महीने)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate increase (%)</source>
        <translation>दर में वृद्धि (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed price</source>
        <translation>निश्चित मूल्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee (%)</source>
        <translation>सेवा शुल्क (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>शर्तें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract id</source>
        <translation>कॉन्ट्रैक्ट आईडी</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+36"/>
        <location filename="../../ui/settings/workspace.py" line="+36"/>
        <source>Workspace</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace.py" line="+7"/>
        <source>An agency, or one person with two computers, can share one PostgreSQL database: a workspace. Everyone&apos;s windows refresh when someone saves, a save over someone else&apos;s newer one is refused and offered to merge, and changes made while the server cannot be reached are sent when it is back. The password is kept in the system keyring.</source>
        <translation>एक एजेंसी, या दो कंप्यूटर वाला एक व्यक्ति, एक PostgreSQL डेटाबेस साझा कर सकता है: एक वर्कस्पेस। कोई सहेजे तो सबकी विंडो ताज़ा हो जाती हैं, किसी और के नए बदलाव के ऊपर सहेजना रोका जाता है और मिलाने का मौका मिलता है, और सर्वर से संपर्क न होने पर किए गए बदलाव उसके वापस आने पर भेजे जाते हैं। पासवर्ड सिस्टम कीरिंग में रखा जाता है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Workspace address</source>
        <translation>वर्कस्पेस का पता</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the system keyring</source>
        <translation>सिस्टम कीरिंग में रखा जाता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>कनेक्ट करें</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="+24"/>
        <location filename="../../ui/settings/workspace.py" line="+2"/>
        <source>Connect to the workspace</source>
        <translation>वर्कस्पेस से जुड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace.py" line="+2"/>
        <location line="+2"/>
        <source>Use this computer&apos;s data folder</source>
        <translation>इस कंप्यूटर का डेटा फ़ोल्डर इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This window works on the data folder on this computer.</source>
        <translation>यह विंडो इस कंप्यूटर के डेटा फ़ोल्डर पर काम करती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start it opens the workspace {url}.</source>
        <translation>अगली बार शुरू होने पर यह वर्कस्पेस {url} खोलेगी।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This window works on the workspace {url}. Its server cannot be reached now; your changes are kept on this computer until it is back.</source>
        <translation>यह विंडो वर्कस्पेस {url} पर काम करती है। अभी इसके सर्वर से संपर्क नहीं हो पा रहा; उसके वापस आने तक आपके बदलाव इसी कंप्यूटर पर रखे जाते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This window works on the workspace {url}. Connected.</source>
        <translation>यह विंडो वर्कस्पेस {url} पर काम करती है। कनेक्ट है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected. The window works on this workspace now.</source>
        <translation>कनेक्ट हो गया। विंडो अब इसी वर्कस्पेस पर काम कर रही है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The window opens on this workspace from its next start.</source>
        <translation>कनेक्ट हो गया। अगली बार शुरू होने पर विंडो यही वर्कस्पेस खोलेगी।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The window works on this computer&apos;s data folder now.</source>
        <translation>विंडो अब इस कंप्यूटर के डेटा फ़ोल्डर पर काम कर रही है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window opens on this computer&apos;s data folder from its next start.</source>
        <translation>अगली बार शुरू होने पर विंडो इस कंप्यूटर का डेटा फ़ोल्डर खोलेगी।</translation>
    </message>
</context>
<context>
    <name>_AnswerRow</name>
    <message>
        <location filename="../../ui/proposals/extras.py" line="-213"/>
        <source>The client&apos;s question, as in the post</source>
        <translation>क्लाइंट का सवाल, जैसा पोस्ट में है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer</source>
        <translation>आपका जवाब</translation>
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
        <location filename="../../ui/payments/dialogs.py" line="-593"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The workspace server cannot be reached. What you record here is kept on this computer, shown in Payments as not sent yet, and sent when the server is back; the figures below are from the last read.</source>
        <translation>वर्कस्पेस सर्वर तक नहीं पहुँचा जा सकता। यहाँ जो आप दर्ज करेंगे वह इसी कंप्यूटर पर रखा जाएगा, पेमेंट्स में ‘अभी भेजा नहीं गया’ के रूप में दिखेगा, और सर्वर लौटने पर भेज दिया जाएगा; नीचे के आँकड़े पिछली बार पढ़े गए हैं।</translation>
    </message>
</context>
<context>
    <name>_TemplateEditor</name>
    <message>
        <location filename="../../ui/proposals/dialogs.py" line="-101"/>
        <source>Saved templates</source>
        <translation>सेव किए गए टेम्पलेट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>नया टेम्पलेट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save template</source>
        <translation>टेम्पलेट सेव करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete template</source>
        <translation>टेम्पलेट हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved snippets</source>
        <translation>सेव किए गए स्निपेट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New snippet</source>
        <translation>नया स्निपेट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save snippet</source>
        <translation>स्निपेट सेव करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete snippet</source>
        <translation>स्निपेट हटाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hi {client_name},

I read your post about {job_title}…</source>
        <translation>नमस्ते {client_name},

मैंने {job_title} के बारे में आपकी पोस्ट पढ़ी…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paragraph you reuse, e.g. your process or a past result. Placeholders work here too.</source>
        <translation>कोई पैराग्राफ़ जो आप बार-बार इस्तेमाल करते हैं, जैसे आपका काम करने का तरीका या कोई पुराना नतीजा। प्लेसहोल्डर यहाँ भी काम करते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placeholders: </source>
        <translation>प्लेसहोल्डर: </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not saved</source>
        <translation>सेव नहीं हुआ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not deleted</source>
        <translation>नहीं हटा</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="+34"/>
        <source>System default</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/tasks.py" line="+118"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
</TS>
