#include "DeadlineDialog.h"

#include "CampaignRepository.h"
#include "Dates.h"
#include "Edits.h"
#include "Schedule.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeadlineDialog::DeadlineDialog(Workspace &workspace, qint64 unitId, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unitId(unitId)
    , m_mode(mode)
    , m_phrase(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_removeButton(new QPushButton(this))
{
    setObjectName(u"deadlineDialog"_s);
    m_phrase->setObjectName(u"deadlinePhrase"_s);
    m_message->setObjectName(u"deadlineMessage"_s);
    const UnitTree &units = *workspace.units();
    const QString name = units.label(units.indexOf(unitId));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (mode == Mode::OwnDeadline) {
        setWindowTitle(tr("Own deadline of %1").arg(name));
        intro->setText(tr("A unit may set a deadline tighter than the one above it, for its own "
                          "conference or for the units below it; never a looser one."));
        m_level = new QComboBox(this);
        m_level->setObjectName(u"deadlineLevel"_s);
        const Campaign *campaign = workspace.campaign();
        const int ownIndex = units.indexOf(unitId);
        const QString ownLevel = ownIndex >= 0 ? units.at(ownIndex).level : QString();
        bool below = false;
        for (const CampaignLevel &level : campaign ? campaign->levels : QList<CampaignLevel>()) {
            below = below || level.level == ownLevel;
            if (below)
                m_level->addItem(workspace.level(level.level).displayName(), level.level);
        }
        form->addRow(tr("For the &level:"), m_level);
        connect(m_level, &QComboBox::currentIndexChanged, this, &DeadlineDialog::levelChanged);
        m_removeButton->setText(tr("&Remove the own deadline"));
    } else {
        setWindowTitle(tr("Pilot unit: %1").arg(name));
        intro->setText(tr("A pilot unit holds its conference first, for the others of its level "
                          "to learn from, by its own deadline: the same as its deadline without "
                          "it, or earlier."));
        m_removeButton->setText(tr("&Remove the pilot mark"));
    }
    m_phrase->setPlaceholderText(tr("as the directive writes it: cuối tháng 6-2020, tháng 5/2020, "
                                    "30/06/2020"));
    form->addRow(tr("&Deadline:"), m_phrase);
    form->addRow(QString(), m_preview);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);
    m_buttons->addButton(m_removeButton, QDialogButtonBox::DestructiveRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_phrase, &QLineEdit::textChanged, this, &DeadlineDialog::preview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeadlineDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, &DeadlineDialog::remove);
    levelChanged();
    resize(520, sizeHint().height());
}

std::optional<Period> DeadlineDialog::current() const
{
    const qint64 campaignId = m_workspace.campaignId();
    CampaignRepository campaigns(m_workspace.database());
    if (m_mode == Mode::Pilot) {
        const auto pilots = campaigns.pilots(campaignId);
        for (const Pilot &pilot : pilots ? *pilots : QList<Pilot>()) {
            if (pilot.unitId == m_unitId)
                return pilot.deadline;
        }
        return std::nullopt;
    }
    const auto overrides = campaigns.overrides(campaignId);
    const QString level = m_level->currentData().toString();
    for (const DeadlineOverride &entry : overrides ? *overrides : QList<DeadlineOverride>()) {
        if (entry.unitId == m_unitId && entry.level == level)
            return entry.deadline;
    }
    return std::nullopt;
}

void DeadlineDialog::levelChanged()
{
    const auto existing = current();
    m_phrase->setText(existing ? existing->text() : QString());
    m_removeButton->setEnabled(existing.has_value());
    m_message->clear();
    preview();
}

void DeadlineDialog::preview()
{
    m_message->clear();
    const Campaign *campaign = m_workspace.campaign();
    const auto period = Period::parse(m_phrase->text(), campaign ? campaign->startsOn.year() : 0);
    m_preview->setText(
        period ? tr("ends on %1 (%2)").arg(Dates::text(period->last()), period->describe())
               : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(period.ok());
}

void DeadlineDialog::save()
{
    const Campaign *campaign = m_workspace.campaign();
    if (!campaign)
        return;
    const auto period = Period::parse(m_phrase->text(), campaign->startsOn.year());
    if (!period) {
        m_message->setText(period.error());
        return;
    }
    const UnitTree &units = *m_workspace.units();
    const QString name = units.label(units.indexOf(m_unitId));
    Edits edits = m_workspace.edits();
    const auto done = m_mode == Mode::Pilot
        ? edits.setPilotDeadline(campaign->id, m_unitId, current(), *period, name)
        : edits.setSpecialDeadline(campaign->id, m_unitId, m_level->currentData().toString(),
                                   current(), *period, name);
    if (!done) {
        m_message->setText(done.error());
        return;
    }
    accept();
}

void DeadlineDialog::remove()
{
    const Campaign *campaign = m_workspace.campaign();
    const auto existing = current();
    if (!campaign || !existing)
        return;
    const UnitTree &units = *m_workspace.units();
    const QString name = units.label(units.indexOf(m_unitId));
    Edits edits = m_workspace.edits();
    const auto done = m_mode == Mode::Pilot
        ? edits.setPilotDeadline(campaign->id, m_unitId, existing, std::nullopt, name)
        : edits.setSpecialDeadline(campaign->id, m_unitId, m_level->currentData().toString(),
                                   existing, std::nullopt, name);
    if (!done) {
        m_message->setText(done.error());
        return;
    }
    accept();
}
