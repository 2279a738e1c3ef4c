#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// File → Connect to a server…: where a shared PostgreSQL database is and who signs in.
/// The address (without the password) goes into the recent connections; the password is
/// kept in the system's keyring when the clerk ticks the box and there is one (Keyring),
/// else only in memory for this connection. Left empty, libpq looks in ~/.pgpass.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// `recent`: earlier addresses, the latest first; the first fills the fields.
    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    /// postgresql://user:password@host:port/database?sslmode=…, to give to Database::open().
    QString address() const;
    /// The same without the password: what is remembered and shown.
    QString addressWithoutPassword() const;

    /// Fills the fields from an address (its password, if any, is not taken); the password
    /// kept in the keyring for it, if any.
    void setAddress(const QString &address);

    /// The password typed (or taken from the keyring).
    QString password() const;
    /// Whether the password is to be kept in the keyring once the connection works.
    bool keepPassword() const;

private:
    void validate();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QCheckBox *m_keep;
    QLabel *m_note;
    QPushButton *m_connect = nullptr;
};
