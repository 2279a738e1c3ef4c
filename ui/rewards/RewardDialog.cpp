#include "RewardDialog.h"

#include "CatalogueRepository.h"
#include "Edits.h"
#include "ExemplarRepository.h"
#include "InputFields.h"
#include "RewardModel.h"
#include "RewardRepository.h"
#include "UnitComboBox.h"
#include "UnitTree.h"
#include "VietnameseCollator.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

RewardDialog::RewardDialog(Workspace &workspace, const Reward &reward, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_reward(reward)
    , m_adding(reward.id == 0)
    , m_formLabel(new QLabel(this))
    , m_form(new QComboBox(this))
    , m_unitLabel(new QLabel(this))
    , m_unit(new UnitComboBox(this))
    , m_issuerLabel(new QLabel(this))
    , m_issuer(new QLineEdit(this))
    , m_signerLabel(new QLabel(this))
    , m_signer(new QLineEdit(this))
    , m_signerTitle(new QLineEdit(this))
    , m_numberLabel(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new DateField(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_recipientsLabel(new QLabel(this))
    , m_recipients(new QTableWidget(0, ColumnCount, this))
    , m_exemplarPicker(new QComboBox(this))
    , m_addExemplarButton(new QPushButton(this))
    , m_unitPicker(new UnitComboBox(this))
    , m_addUnitButton(new QPushButton(this))
    , m_addNameButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"rewardDialog"_s);
    const QList<std::pair<QWidget *, const char *>> names{
        {m_form, "rewardForm"},
        {m_unit, "rewardUnit"},
        {m_issuer, "rewardIssuer"},
        {m_signer, "rewardSigner"},
        {m_signerTitle, "rewardSignerTitle"},
        {m_number, "rewardNumber"},
        {m_date, "rewardDate"},
        {m_note, "rewardNote"},
        {m_recipients, "recipientTable"},
        {m_exemplarPicker, "recipientExemplarPicker"},
        {m_addExemplarButton, "addRecipientExemplarButton"},
        {m_unitPicker, "recipientUnitPicker"},
        {m_addUnitButton, "addRecipientUnitButton"},
        {m_addNameButton, "addRecipientNameButton"},
        {m_removeButton, "removeRecipientButton"},
        {m_message, "rewardMessage"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    const auto forms =
        CatalogueRepository(workspace.database(), CatalogueRepository::Catalogue::RewardForms)
            .entries();
    for (const CatalogueEntry &form : forms ? *forms : QList<CatalogueEntry>())
        m_form->addItem(form.name, form.id);
    m_form->setCurrentIndex(reward.formId > 0 ? m_form->findData(reward.formId) : -1);
    m_unit->setCampaignUnits(workspace);
    m_unit->setUnitId(reward.unitId);
    m_unitPicker->setCampaignUnits(workspace);
    m_unitPicker->setUnitId(reward.unitId);

    // The register's models and exemplars, in Vietnamese order, told apart by their units.
    const auto exemplars =
        ExemplarRepository(workspace.database()).exemplars(workspace.campaignId());
    QList<Exemplar> list = exemplars ? *exemplars : QList<Exemplar>();
    const VietnameseCollator collator;
    std::stable_sort(list.begin(), list.end(), [&collator](const Exemplar &a, const Exemplar &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    const UnitTree &units = *workspace.units();
    for (const Exemplar &exemplar : std::as_const(list)) {
        m_exemplars.insert(exemplar.id, exemplar);
        const int unit = units.indexOf(exemplar.unitId);
        m_exemplarPicker->addItem(unit >= 0 ? tr("%1 (%2)").arg(exemplar.name, units.label(unit))
                                            : exemplar.name,
                                  exemplar.id);
    }
    m_exemplarPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exemplarPicker->setMinimumContentsLength(24);

    m_issuer->setText(reward.issuer);
    m_signer->setText(reward.signer);
    m_signerTitle->setText(reward.signerTitle);
    if (m_adding) {
        const auto rewards = RewardRepository(workspace.database()).rewards(workspace.campaignId());
        m_campaignRewards = rewards ? *rewards : QList<Reward>();
        presetSigner(reward.unitId);
        connect(m_unit, &UnitComboBox::unitChanged, this, &RewardDialog::presetSigner);
    }
    m_number->setText(reward.decisionNumber);
    m_date->setDate(reward.decisionDate);
    m_date->setReferenceDate(workspace.asOf());
    m_note->setText(reward.note);

    m_recipients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipients->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab goes on to the next control; the arrows move inside the table.
    m_recipients->setTabKeyNavigation(false);
    m_recipients->verticalHeader()->hide();
    m_recipients->setWordWrap(false);
    // The unit's label ("Xã Bình An (Huyện Châu Thành)") is the longest: it gets the room.
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_recipients->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_recipients->horizontalHeader()->setSectionResizeMode(KindColumn,
                                                           QHeaderView::ResizeToContents);
    m_recipients->setColumnWidth(NameColumn, 14 * em);
    m_recipients->setColumnWidth(ExemplarColumn, 14 * em);
    m_recipients->setMinimumHeight(m_recipients->horizontalHeader()->sizeHint().height()
                                   + 4 * (fontMetrics().height() + 12));
    for (const RewardRecipient &recipient : reward.recipients)
        appendRecipient(recipient);

    for (QLabel *label : {m_recipientsLabel, m_message})
        label->setWordWrap(true);
    m_message->hide();
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);
    m_formLabel->setBuddy(m_form);
    m_unitLabel->setBuddy(m_unit);
    m_issuerLabel->setBuddy(m_issuer);
    m_signerLabel->setBuddy(m_signer);
    m_numberLabel->setBuddy(m_number);
    m_dateLabel->setBuddy(m_date);
    m_noteLabel->setBuddy(m_note);

    auto *signerRow = new QHBoxLayout;
    signerRow->addWidget(m_signer, 1);
    signerRow->addWidget(m_signerTitle, 1);
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_number, 1);
    decisionRow->addWidget(m_dateLabel);
    decisionRow->addWidget(m_date);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_formLabel, m_form);
    form->addRow(m_unitLabel, m_unit);
    form->addRow(m_issuerLabel, m_issuer);
    form->addRow(m_signerLabel, signerRow);
    form->addRow(m_numberLabel, decisionRow);
    form->addRow(m_noteLabel, m_note);

    auto *fromRegister = new QHBoxLayout;
    fromRegister->addWidget(m_exemplarPicker, 1);
    fromRegister->addWidget(m_addExemplarButton);
    auto *fromUnit = new QHBoxLayout;
    fromUnit->addWidget(m_unitPicker, 1);
    fromUnit->addWidget(m_addUnitButton);
    auto *recipientButtons = new QHBoxLayout;
    recipientButtons->addWidget(m_addNameButton);
    recipientButtons->addWidget(m_removeButton);
    recipientButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_recipientsLabel);
    layout->addWidget(m_recipients, 1);
    layout->addLayout(fromRegister);
    layout->addLayout(fromUnit);
    layout->addLayout(recipientButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_addExemplarButton->setEnabled(m_exemplarPicker->count() > 0);
    connect(m_addExemplarButton, &QPushButton::clicked, this, &RewardDialog::addFromRegister);
    connect(m_addUnitButton, &QPushButton::clicked, this, &RewardDialog::addFromUnit);
    connect(m_addNameButton, &QPushButton::clicked, this, &RewardDialog::addByName);
    connect(m_removeButton, &QPushButton::clicked, this, &RewardDialog::removeRecipient);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RewardDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_unit->lineEdit(), m_issuer, m_signer, m_signerTitle, m_number,
                             m_date->lineEdit(), m_note})
        connect(field, &QLineEdit::textChanged, this, &RewardDialog::recheck);
    connect(m_form, &QComboBox::currentIndexChanged, this, &RewardDialog::recheck);
    connect(m_recipients, &QTableWidget::itemChanged, this, &RewardDialog::recheck);
    connect(m_unitPicker->lineEdit(), &QLineEdit::textChanged, this, [this] {
        if (FieldMark::isInvalid(m_unitPicker->lineEdit())) {
            FieldMark::setInvalid(m_unitPicker->lineEdit(), false);
            showMessage(QString());
        }
    });

    retranslate();
    resize(std::max(760, sizeHint().width()), std::min(680, sizeHint().height()));
}

void RewardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RewardDialog::retranslate()
{
    setWindowTitle(m_adding ? tr("Add a reward") : tr("Edit a reward"));
    m_formLabel->setText(tr("&Form:"));
    m_unitLabel->setText(tr("Given at the &conference of:"));
    m_issuerLabel->setText(tr("&Issued by:"));
    m_issuer->setPlaceholderText(tr("Ban Thường vụ Huyện ủy, Ủy ban nhân dân tỉnh, …"));
    m_signerLabel->setText(tr("&Signed by:"));
    m_signer->setPlaceholderText(tr("name"));
    m_signerTitle->setPlaceholderText(tr("title"));
    m_signerTitle->setAccessibleName(tr("Signer's title"));
    m_numberLabel->setText(tr("Decision &number:"));
    m_number->setPlaceholderText(tr("125-QĐ/HU"));
    m_dateLabel->setText(tr("&dated"));
    m_noteLabel->setText(tr("N&ote:"));
    m_recipientsLabel->setText(tr("Recipients: collectives and individuals, linked to a unit "
                                  "and/or a model or exemplar of the register where they are"));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_exemplarPicker->setAccessibleName(tr("Model or exemplar to add as a recipient"));
    m_unitPicker->setAccessibleName(tr("Unit to add as a recipient"));
    m_recipients->setHorizontalHeaderLabels(
        {tr("Name"), tr("Collective or individual"), tr("Unit"), tr("Model or exemplar")});
    m_addExemplarButton->setText(tr("Add a model or &exemplar"));
    m_addUnitButton->setText(tr("Add the &unit"));
    m_addNameButton->setText(tr("Add &by name"));
    m_removeButton->setText(tr("Re&move the recipient"));
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        if (auto *kind = qobject_cast<QComboBox *>(m_recipients->cellWidget(row, KindColumn))) {
            kind->setItemText(0, tr("Collective"));
            kind->setItemText(1, tr("Individual"));
        }
    }
}

void RewardDialog::appendRecipient(const RewardRecipient &recipient)
{
    const int row = m_recipients->rowCount();
    m_recipients->insertRow(row);
    auto *name = new QTableWidgetItem(recipient.name);
    name->setData(Qt::UserRole, recipient.id);
    m_recipients->setItem(row, NameColumn, name);
    auto *kind = new QComboBox(m_recipients);
    kind->addItem(tr("Collective"), int(Exemplar::Kind::Collective));
    kind->addItem(tr("Individual"), int(Exemplar::Kind::Individual));
    kind->setCurrentIndex(kind->findData(int(recipient.kind)));
    m_recipients->setCellWidget(row, KindColumn, kind);
    auto *unit = new UnitComboBox(m_recipients);
    unit->setMinimumContentsLength(10);
    unit->setCampaignUnits(m_workspace);
    unit->setUnitId(recipient.unitId);
    connect(unit->lineEdit(), &QLineEdit::textChanged, this, &RewardDialog::recheck);
    m_recipients->setCellWidget(row, UnitColumn, unit);
    const Exemplar exemplar = m_exemplars.value(recipient.exemplarId);
    auto *linked = new QTableWidgetItem(recipient.exemplarId > 0 ? exemplar.name : QString());
    linked->setData(Qt::UserRole, recipient.exemplarId);
    linked->setFlags(linked->flags() & ~Qt::ItemIsEditable);
    linked->setToolTip(linked->text());
    m_recipients->setItem(row, ExemplarColumn, linked);
    m_recipients->setCurrentCell(row, NameColumn);
}

void RewardDialog::addFromRegister()
{
    const Exemplar exemplar = m_exemplars.value(m_exemplarPicker->currentData().toLongLong());
    if (exemplar.id == 0)
        return;
    appendRecipient({0, exemplar.kind, exemplar.name, exemplar.unitId, exemplar.id});
}

void RewardDialog::addFromUnit()
{
    const auto unit = m_unitPicker->unit();
    FieldMark::setInvalid(m_unitPicker->lineEdit(), !unit.ok());
    if (!unit || *unit == 0) {
        showMessage(unit ? tr("Choose the unit to add.") : unit.error());
        return;
    }
    showMessage(QString());
    const UnitTree &units = *m_workspace.units();
    appendRecipient({0, Exemplar::Kind::Collective, units.at(units.indexOf(*unit)).name, *unit, 0});
}

void RewardDialog::addByName()
{
    appendRecipient({0, Exemplar::Kind::Individual, QString(), 0, 0});
    m_recipients->setFocus();
    m_recipients->editItem(m_recipients->item(m_recipients->rowCount() - 1, NameColumn));
}

void RewardDialog::removeRecipient()
{
    const int row = m_recipients->currentRow();
    if (row >= 0)
        m_recipients->removeRow(row);
    recheck();
}

void RewardDialog::presetSigner(qint64 unitId)
{
    const Reward *last = nullptr;
    for (const Reward &reward : std::as_const(m_campaignRewards)) {
        if (unitId > 0 && reward.unitId == unitId && (!last || reward.id > last->id))
            last = &reward;
    }
    const Reward preset = last ? *last : Reward();
    const QList<std::tuple<QLineEdit *, QString, QString>> fields{
        {m_issuer, m_preset.issuer, preset.issuer},
        {m_signer, m_preset.signer, preset.signer},
        {m_signerTitle, m_preset.signerTitle, preset.signerTitle},
    };
    // What the clerk typed stays; what an earlier preset filled in follows the unit.
    for (const auto &[field, before, after] : fields) {
        if (field->text() == before)
            field->setText(after);
    }
    m_preset = preset;
}

void RewardDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RewardDialog::recheck()
{
    if (m_message->isVisible())
        read();
}

std::optional<Reward> RewardDialog::read()
{
    Reward after = m_reward;
    if (m_adding)
        after.campaignId = m_workspace.campaignId();
    QStringList errors;
    after.formId = m_form->currentIndex() >= 0 ? m_form->currentData().toLongLong() : 0;
    const auto unit = m_unit->unit();
    FieldMark::setInvalid(m_unit->lineEdit(), !unit.ok());
    if (unit)
        after.unitId = *unit;
    else
        errors.append(unit.error());
    const auto date = m_date->date();
    FieldMark::setInvalid(m_date->lineEdit(), !date.ok());
    if (date)
        after.decisionDate = *date;
    else
        errors.append(date.error());
    after.issuer = m_issuer->text().trimmed();
    after.signer = m_signer->text().trimmed();
    after.signerTitle = m_signerTitle->text().trimmed();
    after.decisionNumber = m_number->text().trimmed();
    after.note = m_note->text().trimmed();
    after.recipients.clear();
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        RewardRecipient recipient;
        const QTableWidgetItem *name = m_recipients->item(row, NameColumn);
        recipient.id = name ? name->data(Qt::UserRole).toLongLong() : 0;
        recipient.name = name ? name->text().trimmed() : QString();
        if (auto *kind = qobject_cast<QComboBox *>(m_recipients->cellWidget(row, KindColumn)))
            recipient.kind = Exemplar::Kind(kind->currentData().toInt());
        if (auto *field = qobject_cast<UnitComboBox *>(m_recipients->cellWidget(row, UnitColumn))) {
            const auto linked = field->unit();
            FieldMark::setInvalid(field->lineEdit(), !linked.ok());
            if (linked)
                recipient.unitId = *linked;
            else
                errors.append(linked.error());
        }
        if (const QTableWidgetItem *exemplar = m_recipients->item(row, ExemplarColumn))
            recipient.exemplarId = exemplar->data(Qt::UserRole).toLongLong();
        after.recipients.append(recipient);
    }
    if (errors.isEmpty()) {
        if (auto valid = after.validate(); !valid)
            errors.append(valid.error());
    }
    showMessage(errors.join(u'\n'));
    if (!errors.isEmpty())
        return std::nullopt;
    return after;
}

void RewardDialog::save()
{
    // A name still being typed in the table counts: leaving the cell commits it.
    const QModelIndex current = m_recipients->currentIndex();
    m_recipients->setCurrentIndex(QModelIndex());
    m_recipients->setCurrentIndex(current);
    const std::optional<Reward> checked = read();
    if (!checked)
        return;
    const Reward &after = *checked;
    const auto saved = m_workspace.edits().saveReward(
        m_adding ? std::nullopt : std::optional<Reward>(m_reward), after, m_form->currentText());
    if (!saved) {
        showMessage(saved.error());
        return;
    }
    m_reward = after;
    m_reward.id = *saved;
    showMessage(QString());
    accept();
}
