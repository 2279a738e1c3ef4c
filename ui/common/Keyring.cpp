#include "Keyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

#include <utility>

#ifdef DANVAN_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace Keyring {

namespace {

#ifdef DANVAN_HAVE_KEYCHAIN
// The keyring's folder for danvan's entries.
constexpr auto Service = "danvan"_L1;

// QtKeychain's jobs answer through the event loop (D-Bus on Linux); the callers here need
// the answer before they go on, and it comes in milliseconds.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

// Reads the entry filed under `key`: the keyring's answer and the text, if any.
std::pair<QKeychain::Error, QString> read(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    runToEnd(job);
    return {job.error(), job.error() == QKeychain::NoError ? job.textData() : QString()};
}

// The address as it is filed: without a password, whatever it was given with.
QString entryKey(const QString &address)
{
    QUrl url(address);
    url.setPassword(QString());
    return url.toString();
}
#endif

} // namespace

bool isBuilt()
{
#ifdef DANVAN_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool isAvailable()
{
#ifdef DANVAN_HAVE_KEYCHAIN
    // An entry that is not there: a keyring says so, no keyring says it has none.
    const QKeychain::Error answer = read(u"danvan-keyring-probe"_s).first;
    return answer == QKeychain::NoError || answer == QKeychain::EntryNotFound;
#else
    return false;
#endif
}

QString password(const QString &address)
{
#ifdef DANVAN_HAVE_KEYCHAIN
    return read(entryKey(address)).second;
#else
    Q_UNUSED(address);
    return {};
#endif
}

QString addressWithPassword(const QString &address)
{
    QUrl url(address);
    if (!url.password().isEmpty())
        return address;
    const QString kept = password(address);
    if (kept.isEmpty())
        return address;
    url.setPassword(kept);
    return url.toString();
}

bool store(const QString &address, const QString &password, QString *error)
{
#ifdef DANVAN_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(Service);
    job.setKey(entryKey(address));
    job.setTextData(password);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
#else
    Q_UNUSED(address);
    Q_UNUSED(password);
    if (error)
        *error = QCoreApplication::translate("Keyring", "this danvan was built without a keyring");
    return false;
#endif
}

void forget(const QString &address)
{
#ifdef DANVAN_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(entryKey(address));
    runToEnd(job);
#else
    Q_UNUSED(address);
#endif
}

} // namespace Keyring
