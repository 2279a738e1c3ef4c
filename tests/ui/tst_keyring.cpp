#include "CliRun.h"
#include "ConnectDialog.h"
#include "Keyring.h"
#include "MainWindow.h"
#include "PgServer.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

/// A server's password in the system's keyring. Run twice by CTest: inside a D-Bus session
/// with a GNOME keyring of its own (support/with_keyring.sh), where the password is kept
/// there and nowhere else; and without any session bus, where nothing is kept and the
/// password is asked each time.
class TestKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // With a keyring.
    void keptReadAndForgotten();
    void dialogTakesTheKeptPassword();
    void signingInKeepsThePasswordOnlyInTheKeyring();
    // Without one.
    void withoutKeyringNothingIsKept();

private:
    // Answers the next ConnectDialog: the password typed, the box ticked or not, Connect.
    void answerDialog(const QString &password, bool keep);
    bool settingsHold(const QString &text) const;
    QString serverDatabase();

    TestSupport::PgServer m_server;
    QTemporaryDir m_dir;
    QString m_database;
    QString m_dialogPassword; ///< what the dialog showed when it was answered
};

void TestKeyring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Translations::Language::English);
    QVERIFY(Keyring::isBuilt());
}

void TestKeyring::cleanup()
{
    QSettings().clear();
}

QString TestKeyring::serverDatabase()
{
    if (!m_database.isEmpty())
        return m_database;
    if (!m_server.isRunning() && !m_server.start())
        return {};
    // The example on the server, with an office's grant, as the IT staff would prepare it.
    const auto role =
        m_server.sql(u"postgres"_s, u"postgres"_s, u"CREATE ROLE huyen_go_quao LOGIN;"_s);
    if (!role.ok() || !m_server.createDatabase(u"kg"_s)) {
        qWarning("%s", qPrintable(role.describe()));
        return {};
    }
    const QString file = m_dir.filePath(u"kiengiang.sqlite"_s);
    const QString admin = m_server.url(u"postgres"_s, u"kg"_s);
    const QList<QStringList> steps{
        {u"init"_s, file, u"--example"_s},
        {u"server"_s, u"init"_s, admin},
        {u"copy"_s, file, admin},
        {u"server"_s, u"grant"_s, admin, u"--role"_s, u"huyen_go_quao"_s, u"--unit"_s, u"907"_s},
    };
    for (const QStringList &step : steps) {
        const TestSupport::CliRun run = TestSupport::runCli(step);
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return {};
        }
    }
    m_database = m_server.url(u"huyen_go_quao"_s, u"kg"_s);
    return m_database;
}

void TestKeyring::answerDialog(const QString &password, bool keep)
{
    QTimer::singleShot(0, this, [this, password, keep] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            // Not shown yet: try again once it is.
            answerDialog(password, keep);
            return;
        }
        auto *field = dialog->findChild<QLineEdit *>(u"password"_s);
        auto *box = dialog->findChild<QCheckBox *>(u"keepPassword"_s);
        m_dialogPassword = field->text();
        field->setText(password);
        if (box->isEnabled())
            box->setChecked(keep);
        dialog->accept();
    });
}

bool TestKeyring::settingsHold(const QString &text) const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().contains(text.toUtf8());
}

void TestKeyring::keptReadAndForgotten()
{
    if (!Keyring::isAvailable())
        QFAIL("no keyring answers; run inside support/with_keyring.sh");
    const QString address = u"postgresql://huyen_go_quao@10.0.0.5:5432/danvan"_s;
    QCOMPARE(Keyring::password(address), QString());
    QCOMPARE(Keyring::addressWithPassword(address), address);
    QString error;
    QVERIFY2(Keyring::store(address, u"mật khẩu 1"_s, &error), qPrintable(error));
    QCOMPARE(Keyring::password(address), u"mật khẩu 1"_s);
    // Filed under the address without a password, whatever the caller gives.
    QCOMPARE(Keyring::password(u"postgresql://huyen_go_quao:old@10.0.0.5:5432/danvan"_s),
             u"mật khẩu 1"_s);
    QCOMPARE(QUrl(Keyring::addressWithPassword(address)).password(), u"mật khẩu 1"_s);
    // Another office's address has its own entry.
    QCOMPARE(Keyring::password(u"postgresql://huyen_chau_thanh@10.0.0.5:5432/danvan"_s), QString());
    // A password written in the address wins over the kept one.
    const QString typed = u"postgresql://huyen_go_quao:typed@10.0.0.5:5432/danvan"_s;
    QCOMPARE(Keyring::addressWithPassword(typed), typed);
    Keyring::forget(address);
    QCOMPARE(Keyring::password(address), QString());
}

void TestKeyring::dialogTakesTheKeptPassword()
{
    if (!Keyring::isAvailable())
        QFAIL("no keyring answers; run inside support/with_keyring.sh");
    const QString kept = u"postgresql://huyen_go_quao@10.0.0.5:5432/danvan"_s;
    const QString other = u"postgresql://huyen_go_quao@10.0.0.6:5432/danvan"_s;
    QVERIFY(Keyring::store(kept, u"bí mật"_s));
    ConnectDialog dialog({kept, other});
    auto *password = dialog.findChild<QLineEdit *>(u"password"_s);
    auto *box = dialog.findChild<QCheckBox *>(u"keepPassword"_s);
    QVERIFY(password && box);
    QVERIFY(box->isEnabled());
    QCOMPARE(password->text(), u"bí mật"_s);
    QVERIFY(box->isChecked());
    QVERIFY(dialog.keepPassword());
    QCOMPARE(QUrl(dialog.address()).password(), u"bí mật"_s);
    QVERIFY(!dialog.findChild<QLabel *>(u"passwordNote"_s)->text().contains(u"asked each time"_s));
    // A connection without a kept password: empty, the box not ticked.
    dialog.setAddress(other);
    QCOMPARE(password->text(), QString());
    QVERIFY(!box->isChecked());
    Keyring::forget(kept);
}

void TestKeyring::signingInKeepsThePasswordOnlyInTheKeyring()
{
    if (!Keyring::isAvailable())
        QFAIL("no keyring answers; run inside support/with_keyring.sh");
    if (!m_server.isRunning() && !m_server.start())
        QSKIP(qPrintable(m_server.skipReason()));
    const QString address = serverDatabase();
    QVERIFY(!address.isEmpty());
    Workspace workspace;
    MainWindow window(workspace);
    const QString secret = u"Kh0ng-ai-biet"_s;
    answerDialog(secret, true);
    QVERIFY(window.signInToServer(address));
    QVERIFY(workspace.database().isServer());
    const QString connected = workspace.filePath();
    QCOMPARE(Keyring::password(connected), secret);
    // The recent connections hold the address, never the password.
    QVERIFY(settingsHold(QUrl(connected).host()));
    QVERIFY(!settingsHold(secret));
    // The next time the dialog offers the kept password; unticking the box forgets it.
    answerDialog(secret, false);
    QVERIFY(window.signInToServer(connected));
    QCOMPARE(m_dialogPassword, secret);
    QCOMPARE(Keyring::password(connected), QString());
    QVERIFY(!settingsHold(secret));
}

void TestKeyring::withoutKeyringNothingIsKept()
{
    if (Keyring::isAvailable())
        QFAIL("a keyring answers; run without a session bus (DBUS_SESSION_BUS_ADDRESS unset)");
    const QString address = u"postgresql://huyen_go_quao@10.0.0.5:5432/danvan"_s;
    QString error;
    QVERIFY(!Keyring::store(address, u"x"_s, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(Keyring::password(address), QString());
    ConnectDialog dialog({address});
    auto *box = dialog.findChild<QCheckBox *>(u"keepPassword"_s);
    QVERIFY(box);
    QVERIFY(!box->isEnabled());
    QVERIFY(!dialog.keepPassword());
    QVERIFY(dialog.findChild<QLabel *>(u"passwordNote"_s)->text().contains(u"asked each time"_s));
}

QTEST_MAIN(TestKeyring)
#include "tst_keyring.moc"
