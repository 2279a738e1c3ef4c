#include "Dialogs.h"

#include <QFileDialog>

#include <optional>

namespace {

std::optional<QMessageBox::StandardButton> nextAnswer;
QString lastMessage;
std::optional<QString> nextFileName;
QString lastSuggested;

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    lastMessage = text;
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
                                                const QString &text)
{
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastMessage;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                 const QString &filter)
{
    lastSuggested = folder;
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                 const QString &filter)
{
    lastSuggested = path;
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QStringList FileDialog::openFileNames(QWidget *parent, const QString &caption,
                                      const QString &folder, const QString &filter)
{
    lastSuggested = folder;
    if (nextFileName) {
        const QString names = *nextFileName;
        nextFileName.reset();
        return names.split(u'\n', Qt::SkipEmptyParts);
    }
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

QString FileDialog::folderName(QWidget *parent, const QString &caption, const QString &folder)
{
    lastSuggested = folder;
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

QString FileDialog::lastSuggestion()
{
    return lastSuggested;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}
