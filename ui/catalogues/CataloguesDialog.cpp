#include "CataloguesDialog.h"

#include "CatalogueEditor.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CataloguesDialog::CataloguesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_fields(new CatalogueEditor(workspace, CatalogueRepository::Catalogue::Fields, this))
    , m_rewardForms(
          new CatalogueEditor(workspace, CatalogueRepository::Catalogue::RewardForms, this))
    , m_undoButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_undoStack(workspace.undoStack())
{
    setObjectName(u"cataloguesDialog"_s);
    m_tabs->setObjectName(u"catalogueTabs"_s);
    m_undoButton->setObjectName(u"catalogueUndoButton"_s);
    m_tabs->addTab(m_fields, QString());
    m_tabs->addTab(m_rewardForms, QString());

    // The dialog keeps the window's undo at hand: its edits are on the same stack.
    QUndoStack *stack = m_undoStack;
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_undoButton, QDialogButtonBox::ResetRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    for (QPushButton *button : {m_undoButton, m_closeButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_undoButton->setEnabled(stack->canUndo());
    m_undoButton->setShortcut(QKeySequence::Undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &CataloguesDialog::retranslate);
    connect(m_undoButton, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    retranslate();
    resize(520, 460);
}

void CataloguesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CataloguesDialog::retranslate()
{
    setWindowTitle(tr("Lists of fields and reward forms"));
    m_tabs->setAccessibleName(tr("Lists"));
    m_tabs->setTabText(0, tr("Fields of activity"));
    m_tabs->setTabText(1, tr("Reward forms"));
    m_closeButton->setText(tr("Close"));
    m_undoButton->setText(tr("&Undo"));
    m_undoButton->setToolTip(m_undoStack->canUndo() ? tr("Undo: %1").arg(m_undoStack->undoText())
                                                    : QString());
}
