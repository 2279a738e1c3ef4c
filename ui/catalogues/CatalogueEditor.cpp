#include "CatalogueEditor.h"

#include "CatalogueModel.h"
#include "Edits.h"
#include "InputFields.h"
#include "Text.h"
#include "Workspace.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CatalogueEditor::CatalogueEditor(Workspace &workspace, CatalogueRepository::Catalogue catalogue,
                                 QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_catalogue(catalogue)
    , m_model(new CatalogueModel(this))
    , m_listLabel(new QLabel(this))
    , m_list(new QListView(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_addButton(new QPushButton(this))
    , m_renameButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(catalogue == CatalogueRepository::Catalogue::Fields ? u"fieldsEditor"_s
                                                                      : u"rewardFormsEditor"_s);
    m_list->setObjectName(u"catalogueList"_s);
    m_name->setObjectName(u"catalogueName"_s);
    m_addButton->setObjectName(u"addEntryButton"_s);
    m_renameButton->setObjectName(u"renameEntryButton"_s);
    m_removeButton->setObjectName(u"removeEntryButton"_s);
    m_message->setObjectName(u"catalogueMessage"_s);

    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_listLabel->setBuddy(m_list);
    m_nameLabel->setBuddy(m_name);
    m_name->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);
    m_message->hide();
    // Enter in the name adds it; no button of the dialog should take Enter as well.
    for (QPushButton *button : {m_addButton, m_renameButton, m_removeButton})
        button->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_name);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogueEditor::entryChosen);
    // A click on the entry already chosen puts its name back in the field too.
    connect(m_list, &QListView::clicked, this, &CatalogueEditor::entryChosen);
    connect(m_name, &QLineEdit::textChanged, this, &CatalogueEditor::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, &CatalogueEditor::add);
    connect(m_addButton, &QPushButton::clicked, this, &CatalogueEditor::add);
    connect(m_renameButton, &QPushButton::clicked, this, &CatalogueEditor::rename);
    connect(m_removeButton, &QPushButton::clicked, this, &CatalogueEditor::remove);
    new QShortcut(QKeySequence::Delete, m_list, this, &CatalogueEditor::remove, Qt::WidgetShortcut);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & Workspace::Change::Catalogues)
            reload();
    });
    connect(&m_workspace, &Workspace::opened, this, &CatalogueEditor::reload);

    retranslate();
    reload();
}

void CatalogueEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogueEditor::retranslate()
{
    const bool fields = m_catalogue == CatalogueRepository::Catalogue::Fields;
    m_listLabel->setText(fields ? tr("&Fields of activity, in the order lists show them:")
                                : tr("&Reward forms, in the order lists show them:"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(fields ? tr("a new field, such as Xây dựng nông thôn mới")
                                      : tr("a new reward form, such as Kỷ niệm chương"));
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add the name typed as a new entry"));
    m_renameButton->setText(tr("Re&name"));
    m_renameButton->setToolTip(tr("Give the chosen entry the name typed"));
    m_removeButton->setText(tr("Remo&ve"));
    m_removeButton->setToolTip(tr("Remove the chosen entry; an entry in use stays"));
}

qint64 CatalogueEditor::currentId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(CatalogueModel::EntryIdRole).toLongLong() : 0;
}

void CatalogueEditor::choose(qint64 id)
{
    const int row = m_model->rowOfEntry(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void CatalogueEditor::reload()
{
    const qint64 kept = currentId();
    const QModelIndex current = m_list->currentIndex();
    // The name field follows the chosen entry when it shows that entry's name (an undone
    // rename); a name being typed stays as it is.
    const bool nameFollows =
        current.isValid() && m_name->text() == m_model->entry(current.row()).name;
    QList<CatalogueEntry> entries;
    if (m_workspace.isOpen()) {
        const auto read = CatalogueRepository(m_workspace.database(), m_catalogue).entries();
        if (read)
            entries = *read;
        else
            showMessage(read.error());
    }
    m_reloading = true;
    m_model->setEntries(entries);
    const int row = m_model->rowOfEntry(kept);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        if (nameFollows)
            m_name->setText(m_model->entry(row).name);
    }
    m_reloading = false;
    updateButtons();
}

void CatalogueEditor::entryChosen()
{
    if (m_reloading)
        return;
    const QModelIndex index = m_list->currentIndex();
    if (index.isValid())
        m_name->setText(m_model->entry(index.row()).name);
    FieldMark::setInvalid(m_name, false);
    showMessage(QString());
    updateButtons();
}

void CatalogueEditor::updateButtons()
{
    const QString name = Text::simplified(m_name->text());
    const QModelIndex index = m_list->currentIndex();
    m_addButton->setEnabled(m_workspace.isOpen() && !name.isEmpty());
    m_renameButton->setEnabled(index.isValid() && !name.isEmpty()
                               && name != m_model->entry(index.row()).name);
    m_removeButton->setEnabled(index.isValid());
}

void CatalogueEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool CatalogueEditor::run(const Result<void> &done)
{
    if (!done) {
        showMessage(done.error());
        return false;
    }
    showMessage(QString());
    return true;
}

void CatalogueEditor::add()
{
    const QString name = Text::simplified(m_name->text());
    if (name.isEmpty())
        return;
    const bool added = run(m_workspace.edits().addCatalogueEntry(m_catalogue, name));
    FieldMark::setInvalid(m_name, !added);
    if (!added)
        return;
    // Choose the new entry: the last of the list.
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
}

void CatalogueEditor::rename()
{
    const QModelIndex index = m_list->currentIndex();
    const QString name = Text::simplified(m_name->text());
    if (!index.isValid() || name.isEmpty())
        return;
    const CatalogueEntry entry = m_model->entry(index.row());
    if (name == entry.name)
        return;
    const bool renamed = run(m_workspace.edits().renameCatalogueEntry(m_catalogue, entry, name));
    FieldMark::setInvalid(m_name, !renamed);
    if (renamed)
        choose(entry.id);
}

void CatalogueEditor::remove()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    if (run(m_workspace.edits().removeCatalogueEntry(m_catalogue, m_model->entry(index.row())))) {
        m_list->clearSelection();
        m_list->setCurrentIndex({});
        m_name->clear();
    }
}
