#include "ImportResultsDialog.h"

#include "ColumnMappingPanel.h"
#include "Dialogs.h"
#include "LegacyEncoding.h"
#include "ResultsPreviewModel.h"
#include "ResultsProblemsModel.h"
#include "UnitComboBox.h"
#include "WorkbookReader.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

ImportResultsDialog::ImportResultsDialog(Workspace &workspace, const QStringList &files,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_files(files)
    , m_fileList(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add files…"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_sender(new UnitComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_conflicts(new QComboBox(this))
    , m_previewView(new QTreeView(this))
    , m_previewModel(new ResultsPreviewModel(this))
    , m_mapping(new ColumnMappingPanel(this))
    , m_problemView(new QTableView(this))
    , m_problemModel(new ResultsProblemsModel(this))
    , m_summary(new QLabel(this))
    , m_skipRefused(new QCheckBox(tr("Apply &without the rows refused"), this))
    , m_applyButton(nullptr)
{
    setObjectName(u"importResultsDialog"_s);
    setWindowTitle(tr("Import results"));
    m_options.campaignId = workspace.campaignId();
    m_fileList->setObjectName(u"resultsFiles"_s);
    m_addButton->setObjectName(u"resultsAddFiles"_s);
    m_removeButton->setObjectName(u"resultsRemoveFile"_s);
    m_sender->setObjectName(u"resultsSender"_s);
    m_encoding->setObjectName(u"resultsEncoding"_s);
    m_conflicts->setObjectName(u"resultsConflicts"_s);
    m_previewView->setObjectName(u"resultsPreview"_s);
    m_problemView->setObjectName(u"resultsProblems"_s);
    m_summary->setObjectName(u"resultsSummary"_s);
    m_skipRefused->setObjectName(u"resultsSkipRefused"_s);

    m_fileList->setMaximumHeight(fontMetrics().height() * 4);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addLayout(fileButtons);

    m_sender->setCampaignUnits(workspace);
    m_sender->setUnitId(0);
    m_sender->lineEdit()->setPlaceholderText(tr("found from the files"));
    m_sender->setToolTip(tr("The unit whose units the files list. Units without a code are "
                            "found by name under it. Left empty: the form's unit, or the unit "
                            "above all the units the files give by code."));
    m_encoding->addItem(tr("Told by the fonts, then the text"), -1);
    for (const LegacyEncoding::Encoding encoding : LegacyEncoding::all())
        m_encoding->addItem(LegacyEncoding::displayName(encoding), int(encoding));
    m_conflicts->addItem(tr("Ask for each"), int(ResultsPreview::Decision::Ask));
    m_conflicts->addItem(tr("Keep what is entered"), int(ResultsPreview::Decision::Keep));
    m_conflicts->addItem(tr("Take the file's values"), int(ResultsPreview::Decision::Replace));

    auto *options = new QFormLayout;
    options->addRow(tr("&Sent by:"), m_sender);
    options->addRow(tr("&Encoding:"), m_encoding);
    options->addRow(tr("Where a file differs from what is &entered:"), m_conflicts);

    m_previewView->setModel(m_previewModel);
    m_previewView->setUniformRowHeights(true);
    m_previewView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewView->header()->resizeSection(ResultsPreviewModel::Item,
                                           fontMetrics().averageCharWidth() * 36);
    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    auto *mappingScroll = new QScrollArea(mappingBox);
    mappingScroll->setWidget(m_mapping);
    mappingScroll->setWidgetResizable(true);
    mappingScroll->setFrameShape(QFrame::NoFrame);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(mappingScroll);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_previewView);
    top->addWidget(mappingBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);

    m_problemView->setModel(m_problemModel);
    m_problemView->verticalHeader()->hide();
    m_problemView->setWordWrap(true);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_problemView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(u"resultsApply"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(options);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipRefused);
    layout->addWidget(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ImportResultsDialog::addFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportResultsDialog::removeFile);
    // A unit picked from the list, or typed (its name or code) as soon as it names one unit.
    const auto senderChanged = [this] {
        if (m_options.senderUnitId == m_sender->unitId())
            return;
        m_options.senderUnitId = m_sender->unitId();
        refresh();
    };
    connect(m_sender, &UnitComboBox::unitChanged, this, senderChanged);
    connect(m_sender->lineEdit(), &QLineEdit::editingFinished, this, senderChanged);
    connect(m_sender->lineEdit(), &QLineEdit::textEdited, this, senderChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        const auto previous = m_options.encoding;
        const int value = m_encoding->currentData().toInt();
        m_options.encoding =
            value < 0 ? std::nullopt : std::optional(LegacyEncoding::Encoding(value));
        if (refresh(WhenStopped::KeepFiles))
            return;
        // Reading in the new encoding was stopped: the files stay, read as before.
        m_options.encoding = previous;
        const QSignalBlocker blocker(m_encoding);
        m_encoding->setCurrentIndex(
            std::max(0, m_encoding->findData(previous ? int(*previous) : -1)));
        refresh();
        m_leftOut =
            tr("Reading was stopped: the encoding is “%1” again.").arg(m_encoding->currentText());
        updateState();
    });
    connect(m_conflicts, &QComboBox::currentIndexChanged, this,
            &ImportResultsDialog::conflictChoiceChanged);
    connect(m_previewModel, &ResultsPreviewModel::decided, this, &ImportResultsDialog::updateState);
    connect(m_previewView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportResultsDialog::showMapping);
    connect(m_mapping, &ColumnMappingPanel::mappingChanged, this,
            &ImportResultsDialog::mappingChanged);
    connect(m_skipRefused, &QCheckBox::toggled, this, &ImportResultsDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(QSize(1100, 680).boundedTo(parent ? parent->size() : QSize(1100, 680)));
    refresh();
}

ImportResultsDialog::~ImportResultsDialog() = default;

const ResultsPreview &ImportResultsDialog::preview() const
{
    return m_previewModel->preview();
}

bool ImportResultsDialog::skipRefused() const
{
    return m_skipRefused->isChecked();
}

void ImportResultsDialog::addFiles()
{
    const QString folder =
        m_files.isEmpty() ? QString() : QFileInfo(m_files.constLast()).absolutePath();
    const QStringList chosen = FileDialog::openFileNames(
        this, tr("Results sent back"), folder,
        tr("Spreadsheets and text (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)"));
    for (const QString &file : chosen) {
        if (!m_files.contains(file))
            m_files.append(file);
    }
    if (!chosen.isEmpty())
        refresh();
}

void ImportResultsDialog::removeFile()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_read.remove(m_files.takeAt(row));
    refresh();
}

namespace {

// Turns a close of the reading window (its title bar, Alt+F4, Escape) into Stop.
class StopInsteadOfClose : public QObject
{
public:
    explicit StopInsteadOfClose(std::function<void()> stop)
        : m_stop(std::move(stop))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool escape = event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape;
        if (event->type() == QEvent::Close || escape) {
            m_stop();
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_stop;
};

} // namespace

bool ImportResultsDialog::isRead(const QString &path) const
{
    const auto read = m_read.constFind(path);
    if (read == m_read.cend() || read->encoding != m_options.encoding)
        return false;
    const QFileInfo info(path);
    return info.lastModified() == read->modified && info.size() == read->size;
}

QStringList ImportResultsDialog::readFiles(const QStringList &paths)
{
    const auto encoding = m_options.encoding;
    // Written by the thread; read here once it has ended, or, `reading`, while it runs.
    QList<std::optional<Result<Workbook>>> read(paths.size());
    // The files' dates and sizes as they were before reading: a file saved meanwhile is
    // read again next time.
    QList<std::pair<QDateTime, qint64>> stamps;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        stamps.append({info.lastModified(), info.size()});
    }
    std::atomic_int reading{0};
    std::unique_ptr<QThread> thread(QThread::create([&paths, &read, &reading, encoding] {
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (QThread::currentThread()->isInterruptionRequested())
                return;
            reading = int(i);
            auto workbook = WorkbookReader::read(paths.at(i), encoding);
            // Stopped while it was read: what came back may be the stop itself.
            if (QThread::currentThread()->isInterruptionRequested())
                return;
            read[i] = std::move(workbook);
        }
    }));
    thread->start();
    // Most files are read in a moment, while the window waits as for any short task; a
    // longer read shows which file it is at and can be stopped. The window that shows it
    // takes the input of every other (the dialog must not change while it is read for).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (!thread->wait(QDeadlineTimer(400))) {
        QWidget *owner = isVisible() ? static_cast<QWidget *>(this) : parentWidget();
        QProgressDialog progress(owner);
        progress.setObjectName(u"resultsReading"_s);
        progress.setWindowTitle(tr("Import results"));
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setRange(0, int(paths.size()));
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        progress.setCancelButtonText(tr("&Stop"));
        progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 60);
        // Stop lets the file being read end (an .xls reader is ended at once) and keeps the
        // window up until then, instead of closing it at once as QProgressDialog does.
        disconnect(&progress, &QProgressDialog::canceled, &progress, &QProgressDialog::cancel);
        const auto show = [&] {
            const int i = reading;
            progress.setLabelText(tr("Reading %1 (file %2 of %3)…")
                                      .arg(QFileInfo(paths.at(i)).fileName())
                                      .arg(i + 1)
                                      .arg(paths.size()));
            progress.setValue(i);
        };
        const auto stop = [&] {
            if (thread->isInterruptionRequested())
                return;
            thread->requestInterruption();
            progress.setLabelText(tr("Stopping once the file being read is closed…"));
            if (auto *button = progress.findChild<QPushButton *>())
                button->setEnabled(false);
        };
        connect(&progress, &QProgressDialog::canceled, &progress, stop);
        // Closing the window or Escape stops too, and the window stays until the thread has
        // ended: while it is up, no other window takes input, so nothing changes under it.
        StopInsteadOfClose keepOpen(stop);
        progress.installEventFilter(&keepOpen);
        QTimer poll;
        poll.setInterval(100);
        connect(&poll, &QTimer::timeout, &progress, [&] {
            if (!thread->isInterruptionRequested())
                show();
        });
        QEventLoop loop;
        connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        show();
        progress.show();
        poll.start();
        if (!thread->isFinished())
            loop.exec();
        thread->wait();
    }
    QApplication::restoreOverrideCursor();

    QStringList notRead;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (!read.at(i)) {
            notRead.append(paths.at(i));
            continue;
        }
        // One reading of a file is kept, the last: a workbook may hold millions of cells.
        m_read.insert(paths.at(i),
                      ReadFile{encoding, stamps.at(i).first, stamps.at(i).second, *read.at(i)});
    }
    return notRead;
}

bool ImportResultsDialog::refresh(WhenStopped whenStopped)
{
    // Only files not read yet, changed since or read in another encoding are read.
    QStringList unread;
    for (const QString &file : std::as_const(m_files)) {
        if (!isRead(file))
            unread.append(file);
    }
    m_leftOut.clear();
    if (!unread.isEmpty()) {
        const QStringList stopped = readFiles(unread);
        if (!stopped.isEmpty() && whenStopped == WhenStopped::KeepFiles)
            return false;
        QStringList names;
        for (const QString &file : stopped) {
            m_files.removeAll(file);
            names.append(QFileInfo(file).fileName());
        }
        if (!stopped.isEmpty()) {
            m_leftOut = tr("Reading was stopped, so %n file(s) were left out: %1. Add them "
                           "again to read them.",
                           nullptr, int(stopped.size()))
                            .arg(QLocale().createSeparatedList(names));
        }
    }
    QList<std::pair<QString, Result<Workbook>>> workbooks;
    for (const QString &file : std::as_const(m_files)) {
        const auto read = m_read.constFind(file);
        Q_ASSERT(read != m_read.cend());
        if (read != m_read.cend())
            workbooks.append({file, read->workbook});
    }

    m_fileList->clear();
    for (const QString &file : std::as_const(m_files))
        m_fileList->addItem(QDir::toNativeSeparators(file));
    m_removeButton->setEnabled(!m_files.isEmpty());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto preview = ResultsImport(m_workspace.database()).preview(workbooks, m_options);
    QApplication::restoreOverrideCursor();
    if (!preview) {
        m_previewModel->setPreview(ResultsPreview());
        m_problemModel->setPreview(ResultsPreview());
        m_previewError = preview.error();
        m_mapping->clear();
        updateState();
        return true;
    }
    m_previewError.clear();
    m_previewModel->setPreview(*preview);
    m_problemModel->setPreview(*preview);
    m_problemView->resizeColumnsToContents();
    // Files and sheets open; units closed until asked for, unless there are few.
    for (int f = 0; f < m_previewModel->rowCount(); ++f) {
        const QModelIndex file = m_previewModel->index(f, 0);
        m_previewView->expand(file);
        for (int s = 0; s < m_previewModel->rowCount(file); ++s) {
            const QModelIndex sheet = m_previewModel->index(s, 0, file);
            if (m_previewModel->rowCount(sheet) <= 20)
                m_previewView->expand(sheet);
        }
    }
    // The sheet whose mapping was shown stays shown, else the first one read.
    QModelIndex shown;
    for (int f = 0; f < m_previewModel->rowCount() && !shown.isValid(); ++f) {
        const QModelIndex file = m_previewModel->index(f, 0);
        for (int s = 0; s < m_previewModel->rowCount(file); ++s) {
            const ResultsPreview::File &entry = preview->files.at(f);
            const QString key = ResultsImport::sheetKey(entry.path, entry.sheets.at(s).name);
            if (key == m_mappedSheet || (m_mappedSheet.isEmpty() && !shown.isValid())) {
                shown = m_previewModel->index(s, 0, file);
                if (key == m_mappedSheet)
                    break;
            }
        }
    }
    if (shown.isValid())
        m_previewView->setCurrentIndex(shown);
    else
        m_mapping->clear();
    // The first preview with units widens the first column so that their names read whole,
    // up to 64 characters; after that the width is the clerk's.
    if (!m_itemColumnFitted) {
        if (const int names = itemColumnWidth(); names > 0) {
            m_itemColumnFitted = true;
            const int chars = fontMetrics().averageCharWidth();
            m_previewView->header()->resizeSection(ResultsPreviewModel::Item,
                                                   std::clamp(names, chars * 36, chars * 64));
        }
    }
    showMapping();
    updateState();
    return true;
}

int ImportResultsDialog::itemColumnWidth() const
{
    // The view measures only the rows it shows, and a sheet of more than 20 units opens
    // closed: the files', sheets' and units' labels are measured in the model, the first
    // thousand units of a sheet at most. Zero when there is no unit.
    constexpr int measuredUnits = 1000;
    const QFontMetrics metrics = m_previewView->fontMetrics();
    const int indent = m_previewView->indentation();
    const int margins = metrics.averageCharWidth() * 2;
    const auto widthOf = [&](const QModelIndex &index, int depth) {
        return metrics.horizontalAdvance(index.data().toString()) + indent * (depth + 1) + margins;
    };
    int widest = 0;
    bool units = false;
    for (int f = 0; f < m_previewModel->rowCount(); ++f) {
        const QModelIndex file = m_previewModel->index(f, ResultsPreviewModel::Item);
        widest = std::max(widest, widthOf(file, 0));
        for (int s = 0; s < m_previewModel->rowCount(file); ++s) {
            const QModelIndex sheet = m_previewModel->index(s, ResultsPreviewModel::Item, file);
            widest = std::max(widest, widthOf(sheet, 1));
            const int rows = std::min(m_previewModel->rowCount(sheet), measuredUnits);
            for (int u = 0; u < rows; ++u) {
                units = true;
                widest = std::max(
                    widest, widthOf(m_previewModel->index(u, ResultsPreviewModel::Item, sheet), 2));
            }
        }
    }
    return units ? widest : 0;
}

void ImportResultsDialog::conflictChoiceChanged()
{
    const auto decision = ResultsPreview::Decision(m_conflicts->currentData().toInt());
    m_options.conflicts = decision;
    m_previewModel->decideConflicts(decision, true);
    updateState();
}

void ImportResultsDialog::showMapping()
{
    const QModelIndex current = m_previewView->currentIndex();
    if (!current.isValid() || current.data(ResultsPreviewModel::DepthRole).toInt() < 1) {
        m_mapping->clear();
        return;
    }
    const int file = current.data(ResultsPreviewModel::FileRole).toInt();
    const int sheet = current.data(ResultsPreviewModel::SheetRole).toInt();
    const ResultsPreview::File &entry = m_previewModel->preview().files.at(file);
    const ResultsPreview::Sheet &shown = entry.sheets.at(sheet);
    m_mappedSheet = ResultsImport::sheetKey(entry.path, shown.name);
    m_mapping->setSheet(shown, int(shown.headers.size()));
}

void ImportResultsDialog::mappingChanged(const QHash<ResultsColumns::Field, int> &mapping)
{
    if (m_mappedSheet.isEmpty())
        return;
    // The preview keeps paths as the clerk sees them; the options take them as given.
    const QString path = m_mappedSheet.section(u'\n', 0, 0);
    const QString sheet = m_mappedSheet.section(u'\n', 1);
    for (const QString &file : std::as_const(m_files)) {
        if (QDir::toNativeSeparators(file) == path)
            m_options.sheetMappings.insert(ResultsImport::sheetKey(file, sheet), mapping);
    }
    refresh();
}

void ImportResultsDialog::updateState()
{
    const ResultsPreview &preview = m_previewModel->preview();
    const ResultsPreview::Counts counts = preview.counts();
    QStringList parts;
    if (!m_leftOut.isEmpty())
        parts.append(m_leftOut);
    if (!m_previewError.isEmpty()) {
        parts.append(m_previewError);
    } else if (m_files.isEmpty()) {
        parts.append(tr("Add the files the units sent back."));
    } else if (!preview.files.isEmpty()) {
        parts.append(tr("%n conference(s) will change", nullptr, counts.units) + u": "_s
                     + tr("%n value(s) added", nullptr, counts.newValues) + u", "_s
                     + tr("%n replaced", nullptr, counts.replaced) + u", "_s
                     + tr("%n kept as entered", nullptr, counts.kept) + u", "_s
                     + tr("%n already so", nullptr, counts.unchanged) + u'.');
        if (counts.fileErrors > 0)
            parts.append(tr("%n file(s) cannot be read: remove them or correct them.", nullptr,
                            counts.fileErrors));
        if (counts.undecided > 0)
            parts.append(tr("%n value(s) differ from what is entered: tick those to replace, "
                            "or choose for all above.",
                            nullptr, counts.undecided));
        if (counts.refused > 0)
            parts.append(
                tr("%n row(s) or value(s) are refused (listed below).", nullptr, counts.refused));
    }
    m_summary->setText(parts.join(u' '));
    m_skipRefused->setEnabled(counts.refused > 0);
    m_applyButton->setEnabled(!m_files.isEmpty() && !preview.files.isEmpty()
                              && preview.canApply(m_skipRefused->isChecked())
                              && (counts.units > 0 || counts.refused == 0));
}
