#include "Workspace.h"

#include "CampaignRepository.h"
#include "EditCommand.h"
#include "ExampleData.h"
#include "ExemplarRegister.h"
#include "LineageRepository.h"
#include "OfficeSettings.h"
#include "Schedule.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>())
    , m_undoStack(new QUndoStack(this))
    , m_units(std::make_shared<const UnitTree>())
    , m_asOf(QDate::currentDate())
{
}

Workspace::~Workspace() = default;

Result<void> Workspace::open(const QString &path, OpenIntent intent)
{
    const bool creating = intent != OpenIntent::Existing;
    if (creating && QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        return Failure{tr("“%1” already exists. Choose a new name, or open it with File → Open.")
                           .arg(QDir::toNativeSeparators(path))};
    }
    auto database = std::make_unique<Database>();
    if (auto opened = database->open(
            path, creating ? Database::OpenMode::CreateIfMissing : Database::OpenMode::Existing);
        !opened)
        return opened;
    if (intent == OpenIntent::NewExample) {
        if (const auto built = ExampleData::build(*database); !built) {
            database->close();
            QFile::remove(path);
            return Failure{built.error()};
        }
    }
    m_database = std::move(database);
    m_undoStack->clear();
    m_campaignId = 0;
    m_dueSoonDays = OfficeSettings(*m_database).value(OfficeSettings::DueSoonDays);
    if (auto loaded = reloadUnits(); !loaded)
        return loaded;
    if (auto loaded = reloadCampaigns(); !loaded)
        return loaded;
    // The newest campaign is the one a clerk is working on.
    m_campaignId = m_campaigns.isEmpty() ? 0 : m_campaigns.last().id;
    if (auto loaded = reloadSchedule(); !loaded)
        return loaded;
    m_exemplarRegister.reset();
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
    if (auto loaded = reloadSchedule(); !loaded)
        reportError(loaded.error());
    m_exemplarRegister.reset();
    emit campaignChanged(m_campaignId);
    emit changed(everything() & ~Changes(Change::Units));
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
    Result<void> loaded;
    if (changes & Change::Settings) {
        m_dueSoonDays = OfficeSettings(*m_database).value(OfficeSettings::DueSoonDays);
        if (m_schedule)
            m_schedule->evaluate(m_asOf, m_dueSoonDays);
    }
    if (changes & Change::Units)
        loaded = reloadUnits();
    if (loaded && (changes & (Change::Campaigns | Change::Documents | Change::Units)))
        loaded = reloadCampaigns();
    if (loaded && (changes & (Change::Units | Change::Campaigns | Change::Schedule)))
        loaded = reloadSchedule();
    if (!loaded)
        reportError(loaded.error());
    if (changes & (Change::Exemplars | Change::Catalogues | Change::Units | Change::Campaigns))
        m_exemplarRegister.reset();
    emit changed(changes);
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

void Workspace::reportError(const QString &message)
{
    emit errorOccurred(message);
}
