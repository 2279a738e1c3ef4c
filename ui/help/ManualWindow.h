#pragma once

#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;

/// The user's manual in a window of its own: the chapters listed on the side, the chapter's
/// text with its pictures on the right, back and forward, and finding words in the chapter
/// shown (without regard to accents or case). It shows the manual in the language the
/// program uses, and follows a switch of language on the chapter being read.
class ManualWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ManualWindow(QWidget *parent = nullptr);

    /// The chapters' file names in reading order; every language has the same files.
    static QStringList chapters();
    /// The chapter that explains a page of the main window, by the page's object name
    /// ("dashboardPage" → "overview.html"); the getting-started chapter for any other.
    static QString chapterForPage(const QString &pageName);
    /// The manual's folder in the language in use: qrc:/manual/vi/ or qrc:/manual/en/.
    static QUrl folder();

    /// Shows a chapter by file name, with an optional #anchor ("deadlines.html#examples").
    void showChapter(const QString &chapter);
    /// The file name of the chapter shown.
    QString currentChapter() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillContents();
    void sourceChanged(const QUrl &source);
    /// Selects the next (or previous) place that holds the search text, round to the start.
    void find(bool backward);

    QListWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_closeAction = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchResult = nullptr;
};
