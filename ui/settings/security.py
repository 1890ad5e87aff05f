"""Settings ▸ Security: encrypt or decrypt the database, see the recovery key."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import security
from ui.operations import data
from ui.theme import set_tone


class SecurityPage(QWidget):
    def __init__(self, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Security")
        self.actions = actions
        self.paths = actions.paths
        self.setObjectName("securityPage")
        self.setAccessibleName(self.title)

        heading = QLabel("<h3>" + self.tr("Encryption at rest") + "</h3>", self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("encryptionState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.encrypt_box = self._build_encrypt_box()
        self.encrypted_box = self._build_recovery_box()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.state_label)
        layout.addWidget(self.encrypt_box)
        layout.addWidget(self.encrypted_box)
        layout.addStretch(1)
        actions.finished.connect(lambda *_: self.refresh())
        self.refresh()

    def _build_encrypt_box(self) -> QGroupBox:
        """Encrypt: with the keyring's key, or a passphrase typed twice."""
        box = QGroupBox(self.tr("Encrypt the database"), self)
        self.use_passphrase = QCheckBox(
            self.tr("Protect it with a passphrase instead of the system keyring"), self)
        self.use_passphrase.setObjectName("usePassphraseCheck")
        self.use_passphrase.setAccessibleName(self.use_passphrase.text())
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("passphraseRepeatEdit")
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr("At least {0} characters. It is never stored: you type it each "
                              "time the app starts, and without it the data cannot be opened.")
                      .format(security.MIN_PASSPHRASE), self)
        hint.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("securityError")
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Encrypt"), self)
        self.encrypt_button.setObjectName("encryptButton")
        self.encrypt_button.setAccessibleName(self.tr("Encrypt the database"))
        self.encrypt_button.clicked.connect(self.encrypt)
        form = QFormLayout()
        form.addRow(self.use_passphrase)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat:"), self.repeat)
        form.addRow(hint)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.error_label)
        box_layout.addWidget(self.encrypt_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.use_passphrase.toggled.connect(self._passphrase_toggled)
        return box

    def _build_recovery_box(self) -> QGroupBox:
        """When encrypted: the recovery key (shown on request) and Decrypt."""
        box = QGroupBox(self.tr("Recovery key"), self)
        self.recovery_button = QPushButton(self.tr("Show Recovery Key"), self)
        self.recovery_button.setObjectName("showRecoveryKeyButton")
        self.recovery_button.setAccessibleName(self.recovery_button.text())
        self.recovery_button.clicked.connect(self.show_recovery_key)
        # two lines of eight groups, fixed-width: easy to copy by hand without a mistake
        self.recovery_key = QLabel(self)
        self.recovery_key.setObjectName("recoveryKeyLabel")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_hint = QLabel(self)
        self.recovery_hint.setObjectName("recoveryHint")
        self.recovery_hint.setWordWrap(True)
        self.decrypt_button = QPushButton(self.tr("Decrypt…"), self)
        self.decrypt_button.setObjectName("decryptButton")
        self.decrypt_button.setAccessibleName(self.tr("Store the database unencrypted"))
        self.decrypt_button.clicked.connect(self.confirm_decrypt)
        row = QHBoxLayout()
        row.addWidget(self.recovery_button)
        row.addWidget(self.decrypt_button)
        row.addStretch(1)
        enc_layout = QVBoxLayout(box)
        enc_layout.addWidget(self.recovery_hint)
        enc_layout.addWidget(self.recovery_key)
        enc_layout.addLayout(row)
        return box

    def describe(self, state: security.Status) -> str:
        """security.Status.describe() in the user's language."""
        if state.encrypted and state.key_source == "passphrase":
            text = self.tr("The database is encrypted (SQLCipher, AES-256) with your passphrase. "
                           "Nobody can read it without the passphrase — including you, if you "
                           "forget it.")
        elif state.encrypted:
            text = self.tr("The database is encrypted (SQLCipher, AES-256). Its random 256-bit "
                           "key is kept in your system keyring ({0}); you never type it."
                           ).format(state.keyring_name)
        else:
            text = self.tr("The database is NOT encrypted: anyone who can read your files can "
                           "read it.")
        if state.keyring_problem and not state.encrypted:
            text += " " + self.tr("The database key cannot be stored safely in a system "
                                  "keyring on this computer ({0}). You can protect the data "
                                  "with a passphrase.").format(state.keyring_name or "—")
        elif state.keyring_plaintext and state.encrypted and state.key_source != "passphrase":
            text += " " + self.tr("Note: the keyring backend ({0}) stores secrets unencrypted "
                                  "in your home folder.").format(state.keyring_name)
        return text

    def refresh(self) -> None:
        state = security.status(self.paths)
        self.state_label.setText(self.describe(state))
        self.encrypt_box.setVisible(not state.encrypted)
        self.encrypted_box.setVisible(state.encrypted)
        keyring_key = state.key_source == "keyring"
        self.encrypted_box.setTitle(self.tr("Recovery key") if keyring_key
                                    else self.tr("Passphrase"))
        self.recovery_hint.setText(self.tr(
            "Write the recovery key down and keep it apart from this computer. It opens the "
            "data and its backups on another machine, or if the keyring is lost.")
            if keyring_key else self.tr(
            "Your passphrase is the only way to open this data and its backups: there is no "
            "recovery key, and nobody can reset it for you."))
        self.recovery_button.setVisible(keyring_key)
        self.recovery_key.clear()
        self.recovery_key.hide()
        self._error("")
        no_keyring = state.keyring_problem is not None
        self.use_passphrase.setChecked(no_keyring or self.use_passphrase.isChecked())
        self.use_passphrase.setEnabled(not no_keyring)
        self._passphrase_toggled(self.use_passphrase.isChecked())

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _passphrase_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)

    def encrypt(self) -> None:
        passphrase = None
        if self.use_passphrase.isChecked():
            passphrase = self.passphrase.text()
            if len(passphrase) < security.MIN_PASSPHRASE:
                self._error(self.tr("The passphrase needs at least {0} characters.")
                            .format(security.MIN_PASSPHRASE))
                return
            if passphrase != self.repeat.text():
                self._error(self.tr("The two passphrases differ."))
                return
        self._error("")
        self.passphrase.clear()
        self.repeat.clear()
        self.actions.swap_database(
            "encrypt", self.tr("Encrypting"),
            data.encrypt(self.paths, passphrase),
            lambda state: self.tr("The database is encrypted."))

    def confirm_decrypt(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Decrypt the database"),
            self.tr("Store the database unencrypted? Anyone who can read your files — another "
                    "user, a backup service, a stolen laptop — could then read your clients, "
                    "contracts and earnings. Existing backups stay encrypted."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDecryptDialog")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: self.decrypt() if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        return box

    def decrypt(self) -> None:
        self.actions.swap_database(
            "decrypt", self.tr("Decrypting"),
            data.decrypt(self.paths),
            lambda state: self.tr("The database is no longer encrypted."))

    def show_recovery_key(self) -> None:
        key = security.recovery_key(self.paths)
        if key:
            groups = key.split()
            key = " ".join(groups[:8]) + "\n" + " ".join(groups[8:])
        self.recovery_key.setText(key or self.tr("No key for this data is in the keyring."))
        self.recovery_key.show()
