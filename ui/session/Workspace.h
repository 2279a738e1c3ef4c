#pragma once

#include "Campaign.h"
#include "Database.h"
#include "ImportTally.h"
#include "Level.h"
#include "Result.h"

#include <QDate>
#include <QFlags>
#include <QHash>
#include <QObject>

#include <memory>

class EditCommand;
class ExemplarRegister;
class QTcpSocket;
class QTimer;
class Edits;
class QUndoStack;
class Schedule;
class UnitTree;

/// The open danvan file as the window works on it: the database, the undo stack, the units,
/// the chosen campaign and its schedule as of the chosen day. Views are given the workspace
/// (never reach it through a global), read from it, and change data only through execute(),
/// so that every edit is one transaction and can be undone.
class Workspace : public QObject
{
    Q_OBJECT

public:
    /// What an edit touched, so that views re-read only that.
    enum class Change {
        Units = 0x1,
        Campaigns = 0x2,
        Schedule = 0x4, ///< conferences, deadlines, pilots
        Exemplars = 0x8, ///< models and exemplars, nominations
        Rewards = 0x10,
        Steering = 0x20,
        Documents = 0x40,
        Catalogues = 0x80, ///< fields of activity, reward forms
        Settings = 0x100, ///< the office's settings (due-soon days, documents)
    };
    Q_DECLARE_FLAGS(Changes, Change)
    static constexpr Changes everything() { return Changes(0x1FF); }

    enum class OpenIntent {
        Existing, ///< open a file that must exist
        NewEmpty, ///< create a new, empty file
        NewExample, ///< create a new file with the Kiên Giang example
        Rescue, ///< only read a file that holds what another program added (OpenMode::Rescue)
    };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// Opens (or creates) a file. On failure the previous file stays open. A successful
    /// open clears the undo history.
    Result<void> open(const QString &path, OpenIntent intent);
    bool isOpen() const;
    /// True when the open file can only be read (Database::isReadOnly()): edits fail.
    bool isReadOnly() const;
    QString filePath() const;
    Database &database() { return *m_database; }
    /// The copy saved before migrating the last file opened, or empty.
    QString migrationBackupPath() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Names the edits on the undo stack again in the language now in use, after a language
    /// switch. The stack says nothing of it: whoever shows their names reads them again.
    void retranslateEdits();

    std::shared_ptr<const UnitTree> units() const { return m_units; }
    const QList<Level> &levels() const { return m_levels; }
    Level level(const QString &key) const;
    const QList<Campaign> &campaigns() const { return m_campaigns; }

    qint64 campaignId() const { return m_campaignId; }
    /// The chosen campaign, or nullptr when the file has none.
    const Campaign *campaign() const;
    void setCampaignId(qint64 id);

    /// On a shared server, the sentence that says this office may not change a unit's rows
    /// of the chosen campaign ("Huyện Gò Quao may not change Xã Bình An of Huyện Châu
    /// Thành"), or, without a unit, the campaign's own rows (documents, level deadlines,
    /// steering groups). Empty when it may, and always on a file. The server's answer is
    /// kept until the units, the campaigns or the connection change.
    QString refusalToChange(qint64 unitId = 0) const;

    /// The chosen campaign's schedule, evaluated as of asOf(); nullptr without a campaign.
    std::shared_ptr<const Schedule> schedule() const { return m_schedule; }
    /// The chosen campaign's models and exemplars with their nominations, read on first
    /// use after each change that touches them and shared by the pages that show them.
    std::shared_ptr<const ExemplarRegister> exemplarRegister();

    QDate asOf() const { return m_asOf; }
    void setAsOf(QDate date);
    int dueSoonDays() const { return m_dueSoonDays; }

    /// Applies an edit now, in one transaction, and keeps it on the undo stack. On failure
    /// nothing changed, the command is deleted and its message returned.
    Result<void> execute(EditCommand *command);
    /// The verbs of the changes a user makes (Edits.h): each one step on the undo stack.
    Edits edits();

    /// Imports units from a file (UnitImporter: the register's export, a hierarchy, a file of
    /// the 2025 reorganisation) in the importer's one transaction, effective on
    /// `effectiveDate` (invalid: as UnitImporter::setEffectiveDate() says). An edition older
    /// than one already imported is refused, `refusedOlder` then set, unless `allowOlder`.
    /// An import is not undone with Edit → Undo (it is redone by importing the other file):
    /// after one the history is cleared and every view reads the file again. On failure
    /// nothing changed.
    Result<ImportTally> importUnits(const QString &path, QDate effectiveDate, bool allowOlder,
                                    bool *refusedOlder = nullptr);
    /// Fills a file without units with the Kiên Giang example; like an import, it is not
    /// taken back with Edit → Undo.
    Result<void> addExample();

    /// Re-reads what changed and tells the views (commands call this after redo and undo).
    void refresh(Changes changes);
    /// ReportBuilder a failure that happened outside a call that could return it (an undo).
    void reportError(const QString &message);
    /// Called by a command whose undo or redo failed: the stack is about to count the step
    /// as done (or undone) while the file says otherwise. As soon as it has, the history is
    /// cleared, so that it offers no step that does not match the file, and `message` is
    /// reported with a word about the history.
    void discardHistory(const QString &message);

signals:
    /// A file was opened: everything is new. changed(everything()) follows.
    void opened();
    /// Data changed (after an edit, an undo, a redo or an import).
    void changed(Workspace::Changes changes);
    void campaignChanged(qint64 campaignId);
    /// The schedule's statuses were computed for another day.
    void asOfChanged(QDate date);
    void errorOccurred(const QString &message);
    /// Something worth a line in the status bar: a shared server's connection lost or
    /// back, changes of other offices read in.
    void notice(const QString &message);

private:
    /// On a server: hears of other offices' commits, and watches the connection.
    void watchServer();
    void serverChanged();
    void checkConnection();
    /// After the server is reachable again: the connection is opened anew and read again.
    void reconnect();
    Result<void> reloadUnits();
    Result<void> reloadCampaigns();
    Result<void> reloadSchedule();

    void clearFailedHistory();
    /// After a change made outside the undo history (an import, the example): the history
    /// no longer matches the file and is cleared; everything is read again.
    void changedOutsideHistory();

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
    QString m_failedStep; ///< set by discardHistory() until the stack has counted the step
    std::shared_ptr<const UnitTree> m_units;
    QList<Level> m_levels;
    QList<Campaign> m_campaigns;
    qint64 m_campaignId = 0;
    mutable QHash<qint64, QString> m_refusals; ///< refusalToChange() by unit, 0 the campaign
    std::shared_ptr<Schedule> m_schedule;
    std::shared_ptr<const ExemplarRegister> m_exemplarRegister; ///< null until asked for
    QDate m_asOf;
    int m_dueSoonDays = 7;
    QTimer *m_serverChanges; ///< gathers other offices' notifications into one re-read
    QTimer *m_connectionCheck; ///< on a server: is the connection still there?
    bool m_connectionLost = false;
    /// While the connection is lost: whether the server answers on its port again, asked
    /// without waiting, so that a server out of reach never holds up the window.
    QTcpSocket *m_serverProbe = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Workspace::Changes)
