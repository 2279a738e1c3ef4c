#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

/// File → Connect to a server…: where a shared PostgreSQL database is and who signs in.
/// The address (without the password) goes into the recent connections; the password is
/// only kept in memory for this connection. Left empty, libpq looks in ~/.pgpass.
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

    /// Fills the fields from an address (its password, if any, is not taken).
    void setAddress(const QString &address);

private:
    void validate();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QPushButton *m_connect = nullptr;
};
