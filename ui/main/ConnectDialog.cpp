#include "ConnectDialog.h"

#include "Keyring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_keep(new QCheckBox(tr("&Keep the password in this computer's keyring"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a server"));
    m_recent->setObjectName(u"recentConnections"_s);
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_tls->setObjectName(u"tlsMode"_s);
    m_keep->setObjectName(u"keepPassword"_s);
    m_note->setObjectName(u"passwordNote"_s);

    m_recent->addItem(tr("(a new connection)"), QString());
    for (const QString &address : recent)
        m_recent->addItem(address, address);
    m_host->setPlaceholderText(tr("e.g. 10.0.0.5 or csdl.tinhuy.vn"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(u"danvan"_s);
    m_user->setPlaceholderText(tr("the office's own user, e.g. huyen_go_quao"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: taken from ~/.pgpass"));
    // libpq's sslmode values, safest last; "prefer" is libpq's own default.
    m_tls->addItem(tr("Encrypted if the server offers it"), u"prefer"_s);
    m_tls->addItem(tr("Always encrypted"), u"require"_s);
    m_tls->addItem(tr("Encrypted, and the server's certificate checked"), u"verify-full"_s);
    m_tls->addItem(tr("Never encrypted (only inside a trusted network)"), u"disable"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(QString(), m_keep);
    // Only a keyring that answers keeps a password; danvan's own settings never do.
    if (Keyring::isAvailable()) {
        m_note->setText(tr("The password is kept only in the keyring, and only when the box is "
                           "ticked; never in danvan's settings. Each office signs in with its "
                           "own user, which the server allows to change only its own units."));
    } else {
        m_keep->setEnabled(false);
        m_note->setText(tr("There is no keyring on this computer, so the password is not kept: "
                           "it is asked each time (or taken from ~/.pgpass). Each office signs "
                           "in with its own user, which the server allows to change only its "
                           "own units."));
    }
    m_note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const QString address = m_recent->itemData(index).toString();
        if (!address.isEmpty())
            setAddress(address);
    });
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    if (!recent.isEmpty()) {
        m_recent->setCurrentIndex(1);
        setAddress(recent.first());
    }
    validate();
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

void ConnectDialog::validate()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty()
                          && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty());
}

QString ConnectDialog::addressWithoutPassword() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    const QString tls = m_tls->currentData().toString();
    if (tls != "prefer"_L1) {
        QUrlQuery query;
        query.addQueryItem(u"sslmode"_s, tls);
        url.setQuery(query);
    }
    return url.toString();
}

QString ConnectDialog::address() const
{
    QUrl url(addressWithoutPassword());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString();
}

void ConnectDialog::setAddress(const QString &address)
{
    const QUrl url(address);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    m_password->setText(m_keep->isEnabled() ? Keyring::password(address) : QString());
    m_keep->setChecked(!m_password->text().isEmpty());
    const int tls = m_tls->findData(QUrlQuery(url).queryItemValue(u"sslmode"_s));
    m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::keepPassword() const
{
    return m_keep->isEnabled() && m_keep->isChecked();
}
