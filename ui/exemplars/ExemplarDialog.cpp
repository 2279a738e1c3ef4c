#include "ExemplarDialog.h"

#include "CatalogueRepository.h"
#include "Edits.h"
#include "InputFields.h"
#include "UnitComboBox.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExemplarDialog::ExemplarDialog(Workspace &workspace, const Exemplar &exemplar, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_exemplar(exemplar)
    , m_adding(exemplar.id == 0)
    , m_recognisedFollowsUnit(exemplar.id == 0 || exemplar.recognisedBy == exemplar.unitId)
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_unit(new UnitComboBox(this))
    , m_field(new QComboBox(this))
    , m_recognisedBy(new UnitComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_money(new MoneyField(this))
    , m_workdays(new CountField(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exemplarDialog"_s);
    const QList<std::pair<QWidget *, const char *>> names{
        {m_name, "exemplarName"},
        {m_kind, "exemplarKind"},
        {m_unit, "exemplarUnit"},
        {m_field, "exemplarField"},
        {m_recognisedBy, "exemplarRecognisedBy"},
        {m_description, "exemplarDescription"},
        {m_money, "exemplarMoney"},
        {m_workdays, "exemplarWorkdays"},
        {m_message, "exemplarMessage"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    m_kind->addItem(QString(), int(Exemplar::Kind::Collective));
    m_kind->addItem(QString(), int(Exemplar::Kind::Individual));
    m_kind->setCurrentIndex(m_kind->findData(int(exemplar.kind)));
    m_unit->setCampaignUnits(workspace);
    m_recognisedBy->setCampaignUnits(workspace);
    m_field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_field->addItem(QString(), qint64(0));
    const auto fields =
        CatalogueRepository(workspace.database(), CatalogueRepository::Catalogue::Fields).entries();
    for (const CatalogueEntry &field : fields ? *fields : QList<CatalogueEntry>())
        m_field->addItem(field.name, field.id);

    m_name->setText(exemplar.name);
    m_unit->setUnitId(exemplar.unitId);
    m_recognisedBy->setUnitId(m_adding && exemplar.recognisedBy == 0 ? exemplar.unitId
                                                                     : exemplar.recognisedBy);
    m_field->setCurrentIndex(std::max(0, m_field->findData(exemplar.fieldId)));
    m_description->setPlainText(exemplar.description);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_money->setAmount(exemplar.money);
    m_workdays->setCount(exemplar.workdays);

    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_name, m_kind, m_unit, m_field, m_recognisedBy, m_description, m_money, m_workdays}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
        m_labels.append({field, label});
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_unit, &UnitComboBox::unitChanged, this, [this](qint64 unitId) {
        if (m_recognisedFollowsUnit && unitId > 0)
            m_recognisedBy->setUnitId(unitId);
    });
    const auto stopFollowing = [this] {
        m_recognisedFollowsUnit = false;
    };
    connect(m_recognisedBy, &QComboBox::activated, this, stopFollowing);
    connect(m_recognisedBy->lineEdit(), &QLineEdit::textEdited, this, stopFollowing);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExemplarDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field :
         {m_name, m_unit->lineEdit(), m_recognisedBy->lineEdit(), static_cast<QLineEdit *>(m_money),
          static_cast<QLineEdit *>(m_workdays)})
        connect(field, &QLineEdit::textChanged, this, &ExemplarDialog::recheck);

    retranslate();
    resize(std::max(600, sizeHint().width()), sizeHint().height());
}

void ExemplarDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExemplarDialog::retranslate()
{
    setWindowTitle(m_adding ? tr("Add a model or exemplar") : tr("Edit “%1”").arg(m_exemplar.name));
    m_intro->setText(tr("A model is a collective's initiative; an exemplar is a person. The "
                        "unit whose conference commended it is the one that may put it "
                        "forward to the level above."));
    const QList<std::pair<QWidget *, QString>> texts{
        {m_name, tr("&Name:")},
        {m_kind, tr("&Kind:")},
        {m_unit, tr("&Belongs to:")},
        {m_field, tr("&Field:")},
        {m_recognisedBy, tr("&Commended by the conference of:")},
        {m_description, tr("&Description:")},
        {m_money, tr("&Money mobilised:")},
        {m_workdays, tr("&Workdays mobilised:")},
    };
    for (const auto &[field, text] : texts) {
        for (const auto &[labelled, label] : std::as_const(m_labels)) {
            if (labelled == field)
                label->setText(text);
        }
    }
    m_kind->setItemText(0, Exemplar::kindName(Exemplar::Kind::Collective));
    m_kind->setItemText(1, Exemplar::kindName(Exemplar::Kind::Individual));
    m_field->setItemText(0, tr("(not set)"));
    m_description->setPlaceholderText(tr("The situation it answered, what was done, where and "
                                         "for whom, the results that can be checked"));
    m_workdays->setPlaceholderText(tr("days"));
}

void ExemplarDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ExemplarDialog::recheck()
{
    if (m_message->isVisible())
        read();
}

std::optional<Exemplar> ExemplarDialog::read()
{
    Exemplar after = m_exemplar;
    if (m_adding)
        after.campaignId = m_workspace.campaignId();
    QStringList errors;
    const auto readUnit = [&errors](UnitComboBox *field, qint64 *unitId) {
        const auto value = field->unit();
        FieldMark::setInvalid(field->lineEdit(), !value.ok());
        if (value)
            *unitId = *value;
        else
            errors.append(value.error());
    };
    readUnit(m_unit, &after.unitId);
    readUnit(m_recognisedBy, &after.recognisedBy);
    const auto money = m_money->amount();
    FieldMark::setInvalid(m_money, !money.ok());
    if (money)
        after.money = *money;
    else
        errors.append(money.error());
    const auto workdays = m_workdays->count();
    FieldMark::setInvalid(m_workdays, !workdays.ok());
    if (workdays) {
        after.workdays = *workdays;
    } else {
        errors.append(tr("“%1” is not a number of workdays; write a whole number, 0 or more.")
                          .arg(m_workdays->text().trimmed()));
    }
    after.name = m_name->text().trimmed();
    after.kind = Exemplar::Kind(m_kind->currentData().toInt());
    after.fieldId = m_field->currentData().toLongLong();
    after.description = m_description->toPlainText().trimmed();
    if (!after.name.isEmpty())
        FieldMark::setInvalid(m_name, false);
    if (errors.isEmpty()) {
        if (auto valid = after.validate(); !valid) {
            FieldMark::setInvalid(m_name, after.name.isEmpty());
            FieldMark::setInvalid(m_unit->lineEdit(), !after.name.isEmpty() && after.unitId == 0);
            errors.append(valid.error());
        } else {
            FieldMark::setInvalid(m_name, false);
        }
    }
    showMessage(errors.join(u'\n'));
    if (!errors.isEmpty())
        return std::nullopt;
    return after;
}

void ExemplarDialog::save()
{
    const std::optional<Exemplar> checked = read();
    if (!checked)
        return;
    const Exemplar &after = *checked;
    const auto saved = m_workspace.edits().saveExemplar(
        m_adding ? std::nullopt : std::optional<Exemplar>(m_exemplar), after);
    if (!saved) {
        showMessage(saved.error());
        return;
    }
    m_exemplar = after;
    m_exemplar.id = *saved;
    showMessage(QString());
    accept();
}
