#include "GettingStarted.h"

#include "UnitTree.h"
#include "Workspace.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GettingStarted::GettingStarted(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_unitsStep(new QLabel(this))
    , m_importButton(new QPushButton(this))
    , m_campaignStep(new QLabel(this))
    , m_campaignButton(new QPushButton(this))
    , m_exampleStep(new QLabel(this))
    , m_exampleButton(new QPushButton(this))
{
    setObjectName(u"gettingStarted"_s);
    m_importButton->setObjectName(u"gettingStartedImport"_s);
    m_campaignButton->setObjectName(u"gettingStartedCampaign"_s);
    m_exampleButton->setObjectName(u"gettingStartedExample"_s);
    QFont bigger = m_title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    m_title->setFont(bigger);
    m_title->setWordWrap(true);
    for (QLabel *label : {m_unitsStep, m_campaignStep, m_exampleStep}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    auto *steps = new QGridLayout;
    steps->addWidget(m_unitsStep, 0, 0);
    steps->addWidget(m_importButton, 0, 1, Qt::AlignTop);
    steps->addWidget(m_campaignStep, 1, 0);
    steps->addWidget(m_campaignButton, 1, 1, Qt::AlignTop);
    steps->addWidget(m_exampleStep, 2, 0);
    steps->addWidget(m_exampleButton, 2, 1, Qt::AlignTop);
    steps->setColumnStretch(0, 1);
    steps->setVerticalSpacing(18);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addLayout(steps);
    layout->addStretch();

    connect(m_importButton, &QPushButton::clicked, this, &GettingStarted::importUnitsRequested);
    connect(m_campaignButton, &QPushButton::clicked, this, &GettingStarted::newCampaignRequested);
    connect(m_exampleButton, &QPushButton::clicked, this, &GettingStarted::exampleRequested);
    connect(&m_workspace, &Workspace::changed, this, &GettingStarted::retranslate);
    connect(&m_workspace, &Workspace::opened, this, &GettingStarted::retranslate);
    retranslate();
}

void GettingStarted::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GettingStarted::retranslate()
{
    const int units = m_workspace.isOpen() ? m_workspace.units()->size() : 0;
    m_title->setText(tr("There is no campaign yet. Two steps make this database yours:"));
    m_unitsStep->setText(
        units > 0 ? tr("1. The units: the database holds %n unit(s). Import more, or a newer "
                       "edition of the register, when you need to.",
                       nullptr, units)
                  : tr("1. Import the units: the national register's list of units saved as "
                       "CSV (a province's or the whole country's), and a hierarchy file for "
                       "the Party committees that are not places."));
    m_importButton->setText(units > 0 ? tr("Import more units…") : tr("&Import units…"));
    m_campaignStep->setText(
        tr("2. Create your campaign: its name and phase, your office's own unit (the "
           "province, or the district for a district office), the levels taking part, each "
           "level's deadline as the directive writes it, pilots and the units taking part."));
    m_campaignButton->setText(tr("&New campaign…"));
    m_campaignButton->setEnabled(units > 0);
    m_exampleStep->setText(tr("Or, to try the program first: fill this empty file with the "
                              "Kiên Giang 2016–2020 example."));
    m_exampleButton->setText(tr("Fill with the &example"));
    m_exampleStep->setVisible(units == 0);
    m_exampleButton->setVisible(units == 0);
}
