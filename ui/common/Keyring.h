#pragma once

#include <QString>

/// The system's keyring (the Secret Service of the desktop on Linux, the Keychain on macOS,
/// the Credential Manager on Windows, through QtKeychain), where danvan keeps a server's
/// password when the clerk asks it to. Passwords are filed under the server's address
/// without a password (postgresql://user@host:port/db), the same text as the recent
/// connections. Where there is no keyring nothing is kept: the password is asked each time.
/// Nothing here ever writes a password anywhere else.
namespace Keyring {

/// Whether this danvan was built with keyring support at all.
bool isBuilt();

/// Whether a keyring answers on this computer now.
bool isAvailable();

/// The password kept for `address`, or an empty string.
QString password(const QString &address);

/// `address` with the password kept for it, if any: what to give to Database::open(). An
/// address that already holds a password is returned as it is.
QString addressWithPassword(const QString &address);

/// Keeps `password` for `address`; false, with the keyring's reason in `error`, when it
/// could not.
bool store(const QString &address, const QString &password, QString *error = nullptr);

/// Forgets the password kept for `address`; nothing happens when there was none.
void forget(const QString &address);

} // namespace Keyring
