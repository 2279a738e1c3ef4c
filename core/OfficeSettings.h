#pragma once

#include "Result.h"

#include <QVariant>

class Database;

/// A setting of the office, kept in the database file so that the window and the command
/// line agree: its key and its default, declared once.
template<typename T>
struct OfficeSetting
{
    const char *key;
    T defaultValue;
};

/// The office's settings stored in the danvan file.
class OfficeSettings
{
public:
    /// A deadline this many days away or nearer counts as due soon.
    static constexpr OfficeSetting<int> DueSoonDays{"due_soon_days", 7};

    explicit OfficeSettings(Database &database);

    template<typename T>
    T value(const OfficeSetting<T> &setting) const
    {
        const QVariant stored = read(setting.key);
        return stored.isValid() ? stored.value<T>() : setting.defaultValue;
    }

    template<typename T>
    Result<void> setValue(const OfficeSetting<T> &setting, const T &value)
    {
        return write(setting.key, QVariant::fromValue(value));
    }

private:
    QVariant read(const char *key) const;
    Result<void> write(const char *key, const QVariant &value);

    Database &m_database;
};
