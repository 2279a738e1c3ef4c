#include "ManualWindow.h"

#include "InputFields.h"
#include "Translations.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The manual's own look, on top of what QTextBrowser does with plain HTML.
constexpr auto manualStyle = R"(
h1 { color: #1f4e79; }
h2 { color: #1f4e79; }
th { background-color: #e9eef4; }
code { font-family: monospace; }
)";

// One character as the search compares it: lower case, without accents or tone marks,
// "đ" as "d", any white space as a space. One character in, one out, so that a place found
// in the folded text is the same place in the document.
QChar folded(QChar c)
{
    if (c.isSpace() || c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
        return u' ';
    if (c == u'đ' || c == u'Đ')
        return u'd';
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    return (decomposed.isEmpty() ? c : decomposed.at(0)).toLower();
}

QString folded(const QString &text)
{
    QString result;
    const QString composed = text.normalized(QString::NormalizationForm_C);
    result.reserve(composed.size());
    for (const QChar c : composed)
        result.append(folded(c));
    return result;
}

// Shift+Enter in the search box finds backwards; QLineEdit only says that Enter was pressed.
class ShiftEnterFilter : public QObject
{
public:
    ShiftEnterFilter(std::function<void()> backward, QObject *parent)
        : QObject(parent)
        , m_backward(std::move(backward))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ShiftModifier)) {
                m_backward();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_backward;
};

} // namespace

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"manualWindow"_s);
    // A window beside the main one: closing the main window ends the program.
    setAttribute(Qt::WA_QuitOnClose, false);

    m_contents = new QListWidget(this);
    m_contents->setObjectName(u"manualContents"_s);
    m_contents->setSpacing(2);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"manualBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDefaultStyleSheet(QString::fromUtf8(manualStyle));

    m_backAction = new QAction(this);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_backAction, &QAction::setEnabled);
    m_forwardAction = new QAction(this);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setEnabled(false);
    connect(m_forwardAction, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forwardAction, &QAction::setEnabled);
    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(u"manualBack"_s);
    m_backButton->setDefaultAction(m_backAction);
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_forwardButton = new QToolButton(this);
    m_forwardButton->setObjectName(u"manualForward"_s);
    m_forwardButton->setDefaultAction(m_forwardAction);
    m_forwardButton->setArrowType(Qt::RightArrow);
    m_forwardButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"manualSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_searchResult = new QLabel(this);
    m_searchResult->setObjectName(u"manualSearchResult"_s);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(false); });
    m_search->installEventFilter(new ShiftEnterFilter([this] { find(true); }, this));
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        FieldMark::setInvalid(m_search, false);
        m_searchResult->clear();
    });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    addActions({m_backAction, m_forwardAction, m_findAction, m_closeAction});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_backButton);
    bar->addWidget(m_forwardButton);
    bar->addStretch(1);
    bar->addWidget(m_searchResult);
    bar->addWidget(m_searchLabel);
    bar->addWidget(m_search);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 36);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 30, 700});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < chapters().size() && currentChapter() != chapters().at(row))
            showChapter(chapters().at(row));
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::sourceChanged);

    setTabOrder(m_contents, m_browser);
    resize(1000, 680);
    retranslate();
    fillContents();
    showChapter(chapters().constFirst());
}

QStringList ManualWindow::chapters()
{
    return {u"getting-started.html"_s, u"window.html"_s,     u"schedule.html"_s,
            u"overview.html"_s,        u"unit-panel.html"_s, u"exemplars.html"_s,
            u"rewards.html"_s,         u"steering.html"_s,   u"campaign.html"_s,
            u"deadlines.html"_s,       u"importing.html"_s,  u"exporting.html"_s,
            u"backups.html"_s,         u"server.html"_s,     u"shortcuts.html"_s};
}

QString ManualWindow::chapterForPage(const QString &pageName)
{
    static const QHash<QString, QString> pages{
        {u"schedulePage"_s, u"schedule.html"_s},   {u"dashboardPage"_s, u"overview.html"_s},
        {u"exemplarsPage"_s, u"exemplars.html"_s}, {u"rewardsPage"_s, u"rewards.html"_s},
        {u"steeringPage"_s, u"steering.html"_s},   {u"campaignPage"_s, u"campaign.html"_s},
    };
    return pages.value(pageName, chapters().constFirst());
}

QUrl ManualWindow::folder()
{
    return QUrl(u"qrc:/manual/%1/"_s.arg(Translations::code(Translations::current())));
}

void ManualWindow::showChapter(const QString &chapter)
{
    m_browser->setSource(folder().resolved(QUrl(chapter)), QTextDocument::HtmlResource);
}

QString ManualWindow::currentChapter() const
{
    return m_browser->source().fileName();
}

void ManualWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillContents();
        // The same chapter, at the same place, in the other language; the way back would
        // lead to the other language's pages, so it starts again from here.
        const QString fragment = m_browser->source().fragment();
        showChapter(currentChapter() + (fragment.isEmpty() ? QString() : u'#' + fragment));
        m_browser->clearHistory();
    }
    QWidget::changeEvent(event);
}

void ManualWindow::retranslate()
{
    setWindowTitle(tr("danvan manual"));
    m_backAction->setText(tr("Back"));
    m_backAction->setToolTip(tr("Back to the page read before (Alt+Left)"));
    m_forwardAction->setText(tr("Forward"));
    m_forwardAction->setToolTip(tr("Forward again (Alt+Right)"));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("words in this chapter (accents not needed)"));
    m_search->setToolTip(tr("Enter finds the next place, Shift+Enter the one before (Ctrl+F)"));
    m_contents->setAccessibleName(tr("Chapters"));
    m_browser->setAccessibleName(tr("Chapter"));
    m_searchResult->clear();
}

void ManualWindow::fillContents()
{
    // Each chapter by its title, read from the chapter itself in the language in use.
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    for (const QString &chapter : chapters()) {
        QFile file(u':' + folder().resolved(QUrl(chapter)).path());
        QTextDocument document;
        if (file.open(QIODevice::ReadOnly))
            document.setHtml(QString::fromUtf8(file.readAll()));
        const QString title = document.metaInformation(QTextDocument::DocumentTitle);
        m_contents->addItem(title.isEmpty() ? chapter : title);
    }
    m_contents->setCurrentRow(int(chapters().indexOf(currentChapter())));
}

void ManualWindow::sourceChanged(const QUrl &source)
{
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentRow(int(chapters().indexOf(source.fileName())));
    FieldMark::setInvalid(m_search, false);
    m_searchResult->clear();
}

void ManualWindow::find(bool backward)
{
    const QString needle = folded(m_search->text().trimmed());
    if (needle.isEmpty())
        return;
    const QTextDocument *document = m_browser->document();
    QString haystack;
    haystack.reserve(document->characterCount());
    for (int position = 0; position < document->characterCount(); ++position)
        haystack.append(folded(document->characterAt(position)));

    const QTextCursor cursor = m_browser->textCursor();
    qsizetype found = -1;
    if (backward) {
        const qsizetype from = cursor.selectionStart() - 1;
        found = from >= 0 ? haystack.lastIndexOf(needle, from) : -1;
        if (found < 0)
            found = haystack.lastIndexOf(needle);
    } else {
        found = haystack.indexOf(needle, cursor.selectionEnd());
        if (found < 0)
            found = haystack.indexOf(needle);
    }
    FieldMark::setInvalid(m_search, found < 0);
    if (found < 0) {
        m_searchResult->setText(tr("Not found in this chapter"));
        return;
    }
    m_searchResult->clear();
    QTextCursor selection(m_browser->document());
    selection.setPosition(int(found));
    selection.setPosition(int(found + needle.size()), QTextCursor::KeepAnchor);
    m_browser->setTextCursor(selection);
    m_browser->ensureCursorVisible();
}
