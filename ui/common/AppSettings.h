#pragma once

#include <QByteArray>
#include <QDate>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

/// A setting of the program on this computer: its key and its default, declared once.
template<typename T>
struct AppSetting
{
    const char *key;
    T defaultValue;
};

/// The window's preferences on this computer (the office's own settings live in the
/// database file, see OfficeSettings). Every key is declared here and nowhere else.
class AppSettings
{
public:
    static inline const AppSetting<QString> Language{"ui/language", QStringLiteral("vi")};
    static inline const AppSetting<QString> LastFile{"files/last", QString()};
    /// Servers connected to, the latest first, without passwords.
    static inline const AppSetting<QStringList> RecentServers{"files/recentServers", QStringList()};
    static inline const AppSetting<QString> LastImportFolder{"files/importFolder", QString()};
    static inline const AppSetting<QString> LastExportFolder{"files/exportFolder", QString()};
    static inline const AppSetting<QByteArray> WindowGeometry{"window/geometry", QByteArray()};
    static inline const AppSetting<QByteArray> WindowState{"window/state", QByteArray()};
    static inline const AppSetting<QByteArray> ScheduleHeader{"window/scheduleHeader",
                                                              QByteArray()};
    static inline const AppSetting<bool> ShowRetiredUnits{"view/showRetired", false};
    /// The "as of" day the clerk chose; invalid means today.
    static inline const AppSetting<QDate> AsOfDate{"view/asOf", QDate()};

    template<typename T>
    static T value(const AppSetting<T> &setting)
    {
        QSettings settings;
        const QVariant stored = settings.value(QLatin1String(setting.key));
        return stored.isValid() ? stored.value<T>() : setting.defaultValue;
    }

    template<typename T>
    static void setValue(const AppSetting<T> &setting, const T &value)
    {
        QSettings settings;
        settings.setValue(QLatin1String(setting.key), QVariant::fromValue(value));
    }
};
