#include "UnitHistorySection.h"

#include "UnitHistory.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UnitHistorySection::UnitHistorySection(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_box(new QGroupBox(this))
    , m_text(new QLabel(m_box))
{
    setObjectName(u"unitHistorySection"_s);
    m_text->setObjectName(u"unitHistoryText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_text, &QLabel::linkActivated, this,
            [this](const QString &link) { emit unitActivated(link.toLongLong()); });
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Units | Workspace::Change::Schedule | Workspace::Change::Exemplars
               | Workspace::Change::Rewards | Workspace::Change::Campaigns))
            reload();
    });
    reload();
}

void UnitHistorySection::setUnit(qint64 unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    reload();
}

void UnitHistorySection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

void UnitHistorySection::reload()
{
    const auto units = m_workspace.units();
    const QList<qint64> before =
        m_unitId && m_workspace.isOpen() ? units->lineage().ancestors(m_unitId) : QList<qint64>();
    setVisible(!before.isEmpty());
    if (before.isEmpty()) {
        m_text->clear();
        return;
    }
    m_box->setTitle(tr("History of the units before it"));
    const auto history = UnitHistory::of(m_workspace.database(), before);
    if (!history) {
        m_text->setText(history.error().toHtmlEscaped());
        return;
    }
    // Unit by unit, nearest first; each record under the unit it belongs to.
    QStringList blocks;
    for (qint64 id : before) {
        const int index = units->indexOf(id);
        if (index < 0)
            continue;
        QStringList lines;
        QString campaign;
        for (const UnitHistory::Entry &entry : *history) {
            if (entry.unitId != id)
                continue;
            if (entry.campaign != campaign) {
                campaign = entry.campaign;
                lines.append(u"<i>%1</i>"_s.arg(campaign.toHtmlEscaped()));
            }
            lines.append(u"&nbsp;&nbsp;• "_s + entry.text.toHtmlEscaped());
        }
        if (lines.isEmpty())
            lines.append(u"&nbsp;&nbsp;"_s + tr("no records").toHtmlEscaped());
        blocks.append(u"<b><a href=\"%1\">%2</a></b><br>%3"_s.arg(id).arg(
            units->formerLabel(index).toHtmlEscaped(), lines.join(u"<br>"_s)));
    }
    m_text->setText(tr("Records of the units that went into this one, marked with their "
                       "unit:")
                        .toHtmlEscaped()
                    + u"<br><br>"_s + blocks.join(u"<br><br>"_s));
}
