"""Settings ▸ Money and Connects: the membership plan (monthly Connects) and the home currency
the Payments tab converts to. The same settings the Connects ledger and the Withdrawals page
offer where they are used; here they are found with the rest."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop import clock
from desktop.services import connects
from desktop.services import settings as app_settings
from models.rules import connects as connects_rules
from ui.operations.settings import put_setting, set_plan
from ui.theme import set_tone

HOME_CURRENCIES = ("USD", "EUR", "GBP", "INR", "PKR", "PHP", "UAH", "BDT", "NGN", "BRL", "CAD",
                   "AUD", "BGN", "PLN", "RON", "KES", "EGP", "ARS", "MXN", "IDR", "VND", "TRY")


class MoneyPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Money and Connects")
        self.setObjectName("moneyPage")
        self.setAccessibleName(self.title)
        heading = QLabel("<h3>" + self.title + "</h3>", self)

        self.plan = QComboBox(self)
        self.plan.setObjectName("settingsPlanCombo")
        self.plan.setAccessibleName(self.tr("Membership plan"))
        names = {"basic": self.tr("Basic"), "freelancer_plus": "Freelancer Plus"}
        today = clock.today()
        for code in connects_rules.PLANS:
            allowance = connects_rules.monthly_allowance(code, on=today)
            self.plan.addItem(self.tr("{plan} — {n} Connects a month").format(
                plan=names.get(code, code), n=allowance), code)
        self.plan.setCurrentIndex(max(0, self.plan.findData(connects.plan())))
        self.plan.activated.connect(lambda _i: self._plan_chosen())

        self.currency = QComboBox(self)
        self.currency.setObjectName("settingsCurrencyCombo")
        self.currency.setAccessibleName(self.tr("Home currency"))
        self.currency.setEditable(True)
        self.currency.lineEdit().setObjectName("settingsCurrencyEdit")
        self.currency.lineEdit().setAccessibleName(self.tr("Home currency"))
        self.currency.addItems(HOME_CURRENCIES)
        self.currency.setCurrentText((app_settings.get("currency") or "USD").upper())
        self.currency.activated.connect(lambda _i: self._currency_chosen())
        self.currency.lineEdit().editingFinished.connect(self._currency_chosen)
        note = QLabel(self.tr("Balances are also shown in the home currency, at the rate of "
                              "your latest withdrawal in it."), self)
        note.setWordWrap(True)
        set_tone(note, "muted")

        form = QFormLayout()
        form.addRow(self.tr("Membership &plan:"), self.plan)
        form.addRow(self.tr("Home &currency:"), self.currency)
        form.addRow("", note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addStretch(1)

    def _plan_chosen(self) -> None:
        set_plan(self, self.plan.currentData())  # a refusal is shown
        # the combo shows what is stored, also after a refusal
        self.plan.setCurrentIndex(max(0, self.plan.findData(connects.plan())))

    def _currency_chosen(self) -> None:
        """A three-letter code is stored; anything else puts the stored one back."""
        code = self.currency.currentText().strip().upper()
        if len(code) == 3 and code.isalpha():
            put_setting(self, "currency", code)
        else:
            self.currency.setCurrentText((app_settings.get("currency") or "USD").upper())
