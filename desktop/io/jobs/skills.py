"""Split skill chips that a browser copy glued together.

Copying an Upwork search card joins its skill chips with no separator:
"Make.comAPI IntegrationData ScrapingAirtable" was four chips. Chips are split where a lower-case
letter (or digit, ".", "#", "+", ")") meets a capital, or where a run of capitals ends in a
capitalised word ("PHPLaravel" -> "PHP", "Laravel") — except inside the camel-case product names
below, which were collected from the skills of the real postings in ../shared/data/jobs (2,893
distinct skills; these are the words in them that have an inner capital).
"""
from __future__ import annotations

import re

CAMEL_WORDS = frozenset("""
JavaScript WordPress iOS MySQL .NET TypeScript PostgreSQL OpenAI WooCommerce MongoDB NetSuite
DevOps NestJS HubSpot SharePoint TensorFlow SQLite ASP.NET AngularJS jQuery NoSQL PowerPoint
FastAPI RESTful DigitalOcean GitLab PowerShell SuiteScript TikTok APIs GStreamer ChatGPT PowerApps
LangChain ExpressJS NumPy FlutterFlow SaaS GraphQL YouTube NodeJS ConvertKit LinkedIn BigQuery
QuickBooks PowerPivot MetaTrader GitHub ARKit PyTorch MoviePy ARCore OpenGL ArcGIS LevelDB WebRTC
PaperDb WebGL ClickFunnels PayPal OpenCV CodeIgniter AppleScript TradingView PySpark VoIP WhatsApp
PixiJS NinjaTrader WebDriver BigCommerce macOS GoDaddy iPadOS eBay LoRa TinyMCE FileMaker AutoCAD
HighLevel GoHighLevel UIKit FFmpeg JavaFX ERPNext SwiftUI IoT AppSheet ActiveCampaign CodeDeploy
InDesign QuickSight MariaDB LearnDash UiPath WeWeb CreateJS DocuSign RStudio DynamoDB cPanel
PrestaShop CakePHP DApps DApp BusinessOne SEMrush ElevenLabs OpenAPI OAuth PVSyst LLaMA
CloudFormation FinTech DeFi BrightScript cTrader SageMaker CapCut LookML tvOS QlikView ServiceNow
iPad iPhone AmiBroker MeteorJS BuddyPress SugarCRM WebLogic NotebookLM CloudFront
GraphHopper DeepCrawl BrowserStack FreePBX WellSaid ComfyUI CycleGAN SciPy LabVIEW ADO.NET
VBScript QuickBase SQLAlchemy SolidWorks phpMyAdmin GlobiFlow JetPack OpenCart DesignBuilder
AdSense WebDirect OpenSea PyQt EasyLanguage TradeStation eCommerce ReactJS WebXR AppFolio SaltStack
AnyChart iDashboards spaCy NetDocuments TigerGraph JasperReports MicroStrategy VMWare VMware IPv6
MLflow MLOps CrowdStrike FreeRTOS KiCad HAProxy CentOS CloudStack JMeter TensorRT CodePipeline
JetBrains IntelliJ AppExchange DaVinci PandaDoc XPath WebdriverIO AppSync MockFlow TutorPro
MetaMask InVision VirtueMart RabbitMQ AppGallery PHPUnit ClickUp RxSwift MacBook CMake
Shift4Shop GreenSock RazorSync ECMAScript CoffeeScript phpFox NativeScript MediaWiki DataTables
CouchDB PostGIS RxJS AnyLogic OpenVPN GeoAPI SuiteCRM PhpStorm HBase NiFi Make.com B2B B2C
PineScript OnlyFans ManyChat SendGrid WebFlow AirTable ScrapeBox SketchUp DataBricks MailChimp
TypeORM NextJS VueJS PhotoShop McAfee ZeroMQ InfluxDB OpenShift ChromaDB LlamaIndex AutoGen CrewAI
DeepSeek MidJourney HeyGen RunwayML FinCEN GoLang MQL4 MQL5 VB.NET pandas n8n web3.js ethers.js
Tally.ERP D3.js WebAPITesting
""".split())  # noqa: SIM905 - a word table reads better than a list

# Upper-case skills that get glued to each other ("PHPAPI", "HTMLHTML5", "CSSREST"): a run of
# capitals is cut into these when the whole run is made of them.
ACRONYMS = frozenset("""
API APIS PHP CSS CSS3 HTML HTML5 SQL AWS SEO SEM SMM PPC CRO UX UI REST JSON XML ETL CRM ERP AI ML
NLP GPT LLM CSV PDF C# C++ F# GCP GIS SMS IT QA BI CMS DNS SSL VPN UML SAP SDK IDE HR PR UGC VBA DAX
GA4 OCR RPA NFT DAO DEX EVM ERC AR VR 3D 2D CAD BIM PCB FPGA MCU JWT OOP MVC TDD SQA SOAP SOC ISO
GDPR HIPAA KPI ROI B2B B2C SaaS AWS3 EC2 S3 RDS IAM VPS CDN GPU CPU USB BLE LTE RF IOT MQTT TCP UDP
HTTP HTTPS SSH FTP LAMP MERN MEAN JS TS PWA SPA CI CD NET ASP VB WPF MAUI DOM SVG GTM GA UE4 UE5 NFC
GUI IBM SPSS SSAS SSIS SSRS OLAP MQL SAS
""".split())  # noqa: SIM905

# Where a chip boundary can be: lower/digit/punctuation followed by a capital, the last capital
# of a capital run followed by a lower-case letter ("PHPLaravel": boundary before "L"), a digit
# followed by a word or a capital run ("Cloud9LLM"), and "…ment3D Printing".
_BOUNDARY = re.compile(
    r"(?<=[a-z.#+)\]])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=\d)(?=[A-Z][a-z]{2}|[A-Z]{3})"
    r"|(?<=[a-z])(?=[234]D\b)")
_CAPS_RUN = re.compile(r"[A-Z][A-Z0-9#+]*")
# One pass, longest name first at each position ("ASP.NET" before ".NET", "GoHighLevel" before
# "HighLevel").
_PRODUCT = re.compile("|".join(re.escape(w) for w in sorted(CAMEL_WORDS, key=len, reverse=True)))


def split_glued(text: str) -> list[str]:
    """"Data ScrapingAutomation" -> ["Data Scraping", "Automation"]; "JavaScript" stays whole."""
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return []
    in_word = [False] * (len(text) + 1)  # in_word[i]: text[i] belongs to a product name
    cuts: set[int] = set()
    starts: set[int] = set()
    for match in _PRODUCT.finditer(text):
        i, j = match.span()
        for k in range(i, j):
            in_word[k] = True
        starts.add(i)
        # A product name glued to what comes before/after it starts/ends a chip
        # ("JavaJavaScript", "JavaScriptn8n", "Fix.NET Framework").
        if i > 0 and text[i - 1] != " ":
            cuts.add(i)
        if j < len(text) and text[j].isalnum():
            cuts.add(j)
    for m in _BOUNDARY.finditer(text):
        at = m.start()
        if in_word[at] and in_word[at - 1]:
            continue  # inside a product name
        if text[at].isupper() and at + 1 in starts:
            continue  # "PHPiOS": the capital before "iOS" ends "PHP", it starts no word
        cuts.add(at)
    # Capital runs outside product names: "SQLPHPAPI" -> SQL, PHP, API.
    masked = "".join("x" if in_word[k] else ch for k, ch in enumerate(text))
    for run in _CAPS_RUN.finditer(masked):
        i, j = run.span()
        if j < len(text) and masked[j].islower() and j not in cuts:
            j -= 1  # the last capital starts the next word
        if j - i >= 3:
            offset = i
            for piece in _segment(text[i:j])[:-1]:
                offset += len(piece)
                cuts.add(offset)
    pieces, last = [], 0
    for cut in sorted(c for c in cuts if 0 < c < len(text)):
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    return [p.strip() for p in pieces if p.strip()]


def _segment(run: str) -> list[str]:
    """Cut a capital run into the fewest ACRONYMS ("SQLPHPAPI" -> SQL, PHP, API); a run that
    is not entirely made of them comes back whole."""
    if run in ACRONYMS:
        return [run]
    best: list[list[str] | None] = [None] * (len(run) + 1)
    best[0] = []
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 6), end):
            prefix = best[start]
            piece = run[start:end]
            single = len(piece) == 1 and piece in "CR" and end == len(run)
            if prefix is not None and (piece in ACRONYMS or single):
                candidate = [*prefix, piece]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[-1] or [run]
