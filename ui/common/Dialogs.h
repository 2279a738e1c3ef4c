#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

/// Message boxes that a test can answer in advance: when an answer is queued, the box is
/// not shown and the answer is returned at once, and the text is kept for the test to read.
class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title,
                                               const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    /// The next box returns `answer` without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The text of the last box shown or answered in advance.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

/// File dialogs that a test can answer in advance.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                const QString &filter);
    /// Several files to open; an answer given in advance is one file, or several separated
    /// by new lines.
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                                     const QString &filter);
    /// A folder (to write several files into).
    static QString folderName(QWidget *parent, const QString &caption, const QString &folder);

    /// The next dialog returns `fileName` (empty: as if cancelled) without being shown.
    static void setNextFileName(const QString &fileName);
    /// The folder or path that the last dialog started from, shown or answered in advance.
    static QString lastSuggestion();
};
