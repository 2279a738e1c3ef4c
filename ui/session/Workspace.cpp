#include "Workspace.h"

#include "CampaignRepository.h"
#include "EditCommand.h"
#include "Edits.h"
#include "ExampleData.h"
#include "ExemplarRegister.h"
#include "LineageRepository.h"
#include "OfficeSettings.h"
#include "Query.h"
#include "Schedule.h"
#include "UnitImporter.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTcpSocket>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>())
    , m_undoStack(new QUndoStack(this))
    , m_units(std::make_shared<const UnitTree>())
    , m_asOf(QDate::currentDate())
    , m_serverChanges(new QTimer(this))
    , m_connectionCheck(new QTimer(this))
{
    // Another office's commit arrives as a notification per table it touched: read once,
    // soon after the last of a burst.
    m_serverChanges->setSingleShot(true);
    m_serverChanges->setInterval(250);
    connect(m_serverChanges, &QTimer::timeout, this, &Workspace::serverChanged);
    m_connectionCheck->setInterval(5000);
    connect(m_connectionCheck, &QTimer::timeout, this, &Workspace::checkConnection);
    // Emitted by QUndoStack::undo() and redo() once the command has run and the stack no
    // longer needs it: there the history can be cleared.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Workspace::clearFailedHistory);
}

Workspace::~Workspace() = default;

Result<void> Workspace::open(const QString &path, OpenIntent intent)
{
    const bool creating = intent == OpenIntent::NewEmpty || intent == OpenIntent::NewExample;
    if (creating && QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        return Failure{tr("“%1” already exists. Choose a new name, or open it with File → Open.")
                           .arg(QDir::toNativeSeparators(path))};
    }
    auto database = std::make_unique<Database>();
    const Database::OpenMode mode = creating ? Database::OpenMode::CreateIfMissing
        : intent == OpenIntent::Rescue       ? Database::OpenMode::Rescue
                                             : Database::OpenMode::Existing;
    if (auto opened = database->open(path, mode); !opened)
        return opened;
    if (intent == OpenIntent::NewExample) {
        if (const auto built = ExampleData::build(*database); !built) {
            database->close();
            QFile::remove(path);
            return Failure{built.error()};
        }
    }

    // Everything is read from the new file before anything of the open one is let go: a
    // file that cannot be read leaves the previous one open, with its history and views.
    const auto settings = OfficeSettings::read(*database);
    if (!settings)
        return Failure{settings.error()};
    UnitRepository unitRepository(*database);
    auto units = unitRepository.all();
    if (!units)
        return Failure{units.error()};
    auto levels = unitRepository.levels();
    if (!levels)
        return Failure{levels.error()};
    auto campaigns = CampaignRepository(*database).all();
    if (!campaigns)
        return Failure{campaigns.error()};
    auto tree = std::make_shared<const UnitTree>(std::move(units.value()));
    // The newest campaign is the one a clerk is working on.
    const qint64 campaignId = campaigns->isEmpty() ? 0 : campaigns->last().id;
    const int dueSoonDays = settings->value(OfficeSettings::DueSoonDays);
    std::shared_ptr<Schedule> schedule;
    if (campaignId != 0) {
        auto loaded = Schedule::load(*database, *tree, campaignId);
        if (!loaded)
            return Failure{loaded.error()};
        schedule = std::make_shared<Schedule>(std::move(loaded.value()));
        schedule->evaluate(m_asOf, dueSoonDays);
    }

    m_database = std::move(database);
    m_undoStack->clear();
    m_dueSoonDays = dueSoonDays;
    m_units = std::move(tree);
    m_levels = std::move(levels.value());
    m_campaigns = std::move(campaigns.value());
    m_campaignId = campaignId;
    m_schedule = std::move(schedule);
    m_exemplarRegister.reset();
    m_refusals.clear();
    watchServer();
    emit opened();
    emit campaignChanged(m_campaignId);
    emit changed(everything());
    return {};
}

bool Workspace::isOpen() const
{
    return m_database && m_database->isOpen();
}

bool Workspace::isReadOnly() const
{
    return isOpen() && m_database->isReadOnly();
}

QString Workspace::filePath() const
{
    return m_database ? m_database->filePath() : QString();
}

QString Workspace::migrationBackupPath() const
{
    return m_database ? m_database->migrationBackupPath() : QString();
}

Level Workspace::level(const QString &key) const
{
    for (const Level &level : m_levels) {
        if (level.key == key)
            return level;
    }
    return {key, 0, key, key};
}

const Campaign *Workspace::campaign() const
{
    for (const Campaign &campaign : m_campaigns) {
        if (campaign.id == m_campaignId)
            return &campaign;
    }
    return nullptr;
}

void Workspace::setCampaignId(qint64 id)
{
    if (id == m_campaignId)
        return;
    m_campaignId = id;
    m_refusals.clear();
    if (auto loaded = reloadSchedule(); !loaded)
        reportError(loaded.error());
    m_exemplarRegister.reset();
    emit campaignChanged(m_campaignId);
    emit changed(everything() & ~Changes(Change::Units));
}

QString Workspace::refusalToChange(qint64 unitId) const
{
    if (!isOpen() || !m_database->isServer() || (m_campaignId == 0 && unitId == 0))
        return {};
    // Asked of the server once per unit: the pages ask on every change of selection.
    if (const auto known = m_refusals.constFind(unitId); known != m_refusals.cend())
        return *known;
    const QString refused = m_database->refusalToChange(m_campaignId, unitId);
    m_refusals.insert(unitId, refused);
    return refused;
}

std::shared_ptr<const ExemplarRegister> Workspace::exemplarRegister()
{
    if (!m_exemplarRegister) {
        auto loaded = ExemplarRegister::load(*this);
        if (!loaded) {
            reportError(loaded.error());
            loaded = ExemplarRegister();
        }
        m_exemplarRegister = std::make_shared<const ExemplarRegister>(std::move(loaded.value()));
    }
    return m_exemplarRegister;
}

void Workspace::setAsOf(QDate date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    if (m_schedule)
        m_schedule->evaluate(m_asOf, m_dueSoonDays);
    emit asOfChanged(m_asOf);
}

Result<void> Workspace::reloadUnits()
{
    UnitRepository repository(*m_database);
    auto units = repository.all();
    if (!units)
        return Failure{units.error()};
    const auto levels = repository.levels();
    if (!levels)
        return Failure{levels.error()};
    auto lineage = LineageRepository(*m_database).all();
    if (!lineage)
        return Failure{lineage.error()};
    m_units = std::make_shared<const UnitTree>(std::move(*units), std::move(lineage.value()));
    m_levels = *levels;
    return {};
}

Result<void> Workspace::reloadCampaigns()
{
    const auto campaigns = CampaignRepository(*m_database).all();
    if (!campaigns)
        return Failure{campaigns.error()};
    m_campaigns = *campaigns;
    if (!campaign())
        m_campaignId = m_campaigns.isEmpty() ? 0 : m_campaigns.last().id;
    return {};
}

Result<void> Workspace::reloadSchedule()
{
    m_schedule.reset();
    if (!isOpen() || m_campaignId == 0)
        return {};
    auto schedule = Schedule::load(*m_database, *m_units, m_campaignId);
    if (!schedule)
        return Failure{schedule.error()};
    m_schedule = std::make_shared<Schedule>(std::move(schedule.value()));
    m_schedule->evaluate(m_asOf, m_dueSoonDays);
    return {};
}

void Workspace::refresh(Changes changes)
{
    if (!isOpen())
        return;
    const qint64 campaignBefore = m_campaignId;
    Result<void> loaded;
    if (changes & Change::Settings) {
        if (const auto settings = OfficeSettings::read(*m_database); settings) {
            m_dueSoonDays = settings->value(OfficeSettings::DueSoonDays);
            if (m_schedule)
                m_schedule->evaluate(m_asOf, m_dueSoonDays);
        } else {
            loaded = Failure{settings.error()};
        }
    }
    // Another office's grants, a unit moved, a campaign gone: the rights are asked again.
    if (changes & (Change::Units | Change::Campaigns))
        m_refusals.clear();
    if (loaded && (changes & Change::Units))
        loaded = reloadUnits();
    if (loaded && (changes & (Change::Campaigns | Change::Documents | Change::Units)))
        loaded = reloadCampaigns();
    if (loaded && (changes & (Change::Units | Change::Campaigns | Change::Schedule)))
        loaded = reloadSchedule();
    if (!loaded)
        reportError(loaded.error());
    if (changes & (Change::Exemplars | Change::Catalogues | Change::Units | Change::Campaigns))
        m_exemplarRegister.reset();
    // The chosen campaign was deleted (or its creation taken back): the newest is shown.
    if (m_campaignId != campaignBefore) {
        m_exemplarRegister.reset();
        emit campaignChanged(m_campaignId);
        changes |= everything() & ~Changes(Change::Units);
    }
    emit changed(changes);
}

void Workspace::watchServer()
{
    m_serverChanges->stop();
    m_connectionLost = false;
    if (!m_database->isServer()) {
        m_connectionCheck->stop();
        return;
    }
    QSqlDriver *driver = m_database->connection().driver();
    // The schema's triggers notify this channel on every commit that changes data.
    driver->subscribeToNotification(u"danvan_changes"_s);
    // After a reconnection the driver is the same: one connection to it, not two.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source == QSqlDriver::OtherSource)
                    m_serverChanges->start();
            });
    m_connectionCheck->start();
}

void Workspace::serverChanged()
{
    refresh(everything());
}

void Workspace::checkConnection()
{
    // (A connection that failed may count as closed: it is still the server's.)
    if (!m_database || !m_database->isServer() || m_database->inTransaction())
        return;
    {
        Query ping(*m_database, u"SELECT 1"_s);
        if (ping.execSingle()) {
            m_connectionLost = false;
            return;
        }
    }
    const QString name = m_database->displayName();
    if (!m_connectionLost) {
        m_connectionLost = true;
        emit notice(tr("The connection to %1 was lost. danvan tries again every few seconds; "
                       "nothing that was saved is lost, and changes are refused until it is "
                       "back.")
                        .arg(name));
    }
    const QUrl address(m_database->filePath());
    if (address.host().isEmpty()) {
        // A local socket: opening it again answers at once.
        reconnect();
        return;
    }
    // Reopening a connection waits for the server; first ask, without waiting, whether
    // anything answers on its port. A cable pulled leaves the question unanswered: it is
    // dropped before the next check.
    if (m_serverProbe)
        return;
    auto *probe = new QTcpSocket(this);
    m_serverProbe = probe;
    connect(probe, &QTcpSocket::connected, this, [this, probe] {
        m_serverProbe = nullptr;
        probe->abort();
        probe->deleteLater();
        reconnect();
    });
    // Refused, unreachable, or given up on.
    connect(probe, &QTcpSocket::stateChanged, this,
            [this, probe](QAbstractSocket::SocketState state) {
                if (state != QAbstractSocket::UnconnectedState || m_serverProbe != probe)
                    return;
                m_serverProbe = nullptr;
                probe->deleteLater();
            });
    QTimer::singleShot(m_connectionCheck->interval() - 500, probe, [probe] { probe->abort(); });
    probe->connectToHost(address.host(), quint16(address.port(5432)));
}

void Workspace::reconnect()
{
    const QString name = m_database->displayName();
    if (!m_database->isServer() || !m_database->reconnect())
        return;
    // Others may have changed what the history would undo: it starts afresh.
    m_undoStack->clear();
    watchServer();
    refresh(everything());
    emit notice(tr("Connected to %1 again. The undo history was cleared, since other offices "
                   "may have changed the data meanwhile.")
                    .arg(name));
}

void Workspace::retranslateEdits()
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        // The stack gives its commands out as const, but they are ours: every one was pushed
        // by execute().
        if (auto *command =
                dynamic_cast<EditCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(i))))
            command->retranslate();
    }
}

Result<void> Workspace::execute(EditCommand *command)
{
    if (auto applied = command->apply(); !applied) {
        delete command;
        return applied;
    }
    command->markApplied();
    const Changes changes = command->changes();
    m_undoStack->push(command);
    refresh(changes);
    return {};
}

Edits Workspace::edits()
{
    return Edits(*this);
}

Result<ImportTally> Workspace::importUnits(const QString &path, QDate effectiveDate,
                                           bool allowOlder, bool *refusedOlder)
{
    if (refusedOlder)
        *refusedOlder = false;
    if (!isOpen())
        return Failure{tr("No file is open.")};
    UnitImporter importer(*m_database);
    importer.setEffectiveDate(effectiveDate);
    importer.setAllowOlder(allowOlder);
    auto report = importer.importFile(path);
    if (!report) {
        if (refusedOlder)
            *refusedOlder = importer.refusedOlderEdition();
        return report;
    }
    changedOutsideHistory();
    return report;
}

Result<void> Workspace::addExample()
{
    if (!isOpen())
        return Failure{tr("No file is open.")};
    if (const auto built = ExampleData::build(*m_database); !built)
        return Failure{built.error()};
    changedOutsideHistory();
    return {};
}

void Workspace::changedOutsideHistory()
{
    m_undoStack->clear();
    refresh(everything());
}

void Workspace::reportError(const QString &message)
{
    emit errorOccurred(message);
}

void Workspace::discardHistory(const QString &message)
{
    // Not now: the stack is in the middle of the undo or redo that failed, and goes on
    // with the command. It says when it is done by indexChanged().
    m_failedStep = message;
}

void Workspace::clearFailedHistory()
{
    if (m_failedStep.isEmpty())
        return;
    const QString message = std::exchange(m_failedStep, QString());
    m_undoStack->clear();
    reportError(message + u"\n\n"_s
                + tr("The undo history is cleared: its steps may no longer match the file."));
}
