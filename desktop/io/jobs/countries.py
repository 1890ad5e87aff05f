"""Client country names, normalised so the country filter sees one spelling per country.

Real exports mix Upwork's names ("United States"), ISO alpha-3 codes ("USA", "GBR", "CAN" in the
raoina scrape) and ISO long forms ("Moldova, Republic of", "Viet Nam"). `normalize_country` maps
all of these to the short English name Upwork shows; an unknown name is kept as written.
"""
from __future__ import annotations

import re

_ALPHA3 = """
ABW Aruba|AFG Afghanistan|AGO Angola|AIA Anguilla|ALB Albania|AND Andorra|ARE United Arab Emirates
ARG Argentina|ARM Armenia|ASM American Samoa|ATG Antigua and Barbuda|AUS Australia|AUT Austria
AZE Azerbaijan|BDI Burundi|BEL Belgium|BEN Benin|BFA Burkina Faso|BGD Bangladesh|BGR Bulgaria
BHR Bahrain|BHS Bahamas|BIH Bosnia and Herzegovina|BLR Belarus|BLZ Belize|BMU Bermuda|BOL Bolivia
BRA Brazil|BRB Barbados|BRN Brunei Darussalam|BTN Bhutan|BWA Botswana|CAF Central African Republic
CAN Canada|CHE Switzerland|CHL Chile|CHN China|CIV Cote d'Ivoire|CMR Cameroon
COD Democratic Republic of the Congo|COG Congo|COL Colombia|COM Comoros|CPV Cape Verde
CRI Costa Rica|CUB Cuba|CUW Curacao|CYM Cayman Islands|CYP Cyprus|CZE Czech Republic|DEU Germany
DJI Djibouti|DMA Dominica|DNK Denmark|DOM Dominican Republic|DZA Algeria|ECU Ecuador|EGY Egypt
ERI Eritrea|ESP Spain|EST Estonia|ETH Ethiopia|FIN Finland|FJI Fiji|FRA France|FRO Faroe Islands
FSM Micronesia|GAB Gabon|GBR United Kingdom|GEO Georgia|GGY Guernsey|GHA Ghana|GIB Gibraltar
GIN Guinea|GMB Gambia|GNB Guinea-Bissau|GNQ Equatorial Guinea|GRC Greece|GRD Grenada
GRL Greenland|GTM Guatemala|GUM Guam|GUY Guyana|HKG Hong Kong|HND Honduras|HRV Croatia|HTI Haiti
HUN Hungary|IDN Indonesia|IMN Isle of Man|IND India|IRL Ireland|IRN Iran|IRQ Iraq|ISL Iceland
ISR Israel|ITA Italy|JAM Jamaica|JEY Jersey|JOR Jordan|JPN Japan|KAZ Kazakhstan|KEN Kenya
KGZ Kyrgyzstan|KHM Cambodia|KNA Saint Kitts and Nevis|KOR South Korea|KWT Kuwait|LAO Laos
LBN Lebanon|LBR Liberia|LBY Libya|LCA Saint Lucia|LIE Liechtenstein|LKA Sri Lanka|LSO Lesotho
LTU Lithuania|LUX Luxembourg|LVA Latvia|MAC Macao|MAR Morocco|MCO Monaco|MDA Moldova|MDG Madagascar
MDV Maldives|MEX Mexico|MHL Marshall Islands|MKD North Macedonia|MLI Mali|MLT Malta|MMR Myanmar
MNE Montenegro|MNG Mongolia|MOZ Mozambique|MRT Mauritania|MUS Mauritius|MWI Malawi|MYS Malaysia
NAM Namibia|NCL New Caledonia|NER Niger|NGA Nigeria|NIC Nicaragua|NLD Netherlands|NOR Norway
NPL Nepal|NZL New Zealand|OMN Oman|PAK Pakistan|PAN Panama|PER Peru|PHL Philippines|PLW Palau
PNG Papua New Guinea|POL Poland|PRI Puerto Rico|PRT Portugal|PRY Paraguay|PSE Palestine
PYF French Polynesia|QAT Qatar|ROU Romania|RUS Russia|RWA Rwanda|SAU Saudi Arabia|SDN Sudan
SEN Senegal|SGP Singapore|SLB Solomon Islands|SLE Sierra Leone|SLV El Salvador|SMR San Marino
SOM Somalia|SRB Serbia|SSD South Sudan|SUR Suriname|SVK Slovakia|SVN Slovenia|SWE Sweden
SWZ Eswatini|SYC Seychelles|SYR Syria|TCA Turks and Caicos Islands|TCD Chad|TGO Togo|THA Thailand
TJK Tajikistan|TKM Turkmenistan|TLS Timor-Leste|TON Tonga|TTO Trinidad and Tobago|TUN Tunisia
TUR Turkey|TWN Taiwan|TZA Tanzania|UGA Uganda|UKR Ukraine|URY Uruguay|USA United States
UZB Uzbekistan|VCT Saint Vincent and the Grenadines|VEN Venezuela|VGB British Virgin Islands
VIR U.S. Virgin Islands|VNM Vietnam|VUT Vanuatu|WSM Samoa|YEM Yemen|ZAF South Africa|ZMB Zambia
ZWE Zimbabwe
"""

ALPHA3: dict[str, str] = dict(
    item.strip().split(" ", 1) for item in _ALPHA3.replace("\n", "|").split("|") if item.strip()
)

# Long or older forms seen in exports -> the name Upwork shows today.
_ALIASES = {
    "us": "United States", "u.s.": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "great britain": "United Kingdom",
    "moldova, republic of": "Moldova", "venezuela, bolivarian republic of": "Venezuela",
    "viet nam": "Vietnam", "korea, republic of": "South Korea", "republic of korea": "South Korea",
    "iran, islamic republic of": "Iran", "russian federation": "Russia",
    "macedonia": "North Macedonia", "macedonia, the former yugoslav republic of": "North Macedonia",
    "congo, the democratic republic of the": "Democratic Republic of the Congo",
    "tanzania, united republic of": "Tanzania", "taiwan, province of china": "Taiwan",
    "lao people's democratic republic": "Laos", "syrian arab republic": "Syria",
    "czechia": "Czech Republic", "turkiye": "Turkey", "türkiye": "Turkey",
    "palestinian territories": "Palestine", "palestine, state of": "Palestine",
}


def normalize_country(text: str | None) -> str | None:
    """"USA" -> "United States", "Viet Nam" -> "Vietnam"; blank -> None; unknown kept as is."""
    if text is None:
        return None
    name = re.sub(r"\s+", " ", str(text)).strip()
    if not name or name.lower() in {"nan", "n/a", "none", "null", "-"}:
        return None
    if len(name) == 3 and name.isupper() and name in ALPHA3:
        return ALPHA3[name]
    return _ALIASES.get(name.lower(), name)
