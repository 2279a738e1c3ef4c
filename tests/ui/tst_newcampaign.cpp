#include "CampaignRepository.h"
#include "Dialogs.h"
#include "FreshExample.h"
#include "GettingStarted.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "MainWindow.h"
#include "NewCampaignDialog.h"
#include "ParticipantModel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitComboBox.h"
#include "UnitImporter.h"
#include "UnitRepository.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The window's way to a campaign of one's own: from an empty file through the new-campaign
/// dialog, a refusal kept in the dialog, the next phase of the example, and closing and
/// deleting a campaign from the Campaign menu, each one edit that can be undone.
class TestNewCampaign : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fromAnEmptyFileToACampaign();
    void looserPilotIsRefusedInTheDialog();
    void nextPhaseOfTheExample();
    void closeAndDeleteFromTheMenu();
    void participantModel();

private:
    /// Presses the wizard's Next or Finish button from the keyboard (Space on it).
    static void next(QWizard *dialog);
    static void finish(QWizard *dialog);
    void openWindow(Workspace::OpenIntent intent);
    NewCampaignDialog *waitForDialog();
    void fillFirstPage(NewCampaignDialog *dialog, const QString &name, const QString &starts);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestNewCampaign::init()
{
    // The README's picture shows the dialog as the English interface has it.
    if (qEnvironmentVariableIsSet("DANVAN_SCREENSHOT_DIR"))
        Translations::install(Translations::Language::English);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
}

void TestNewCampaign::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestNewCampaign::next(QWizard *dialog)
{
    QTest::keyClick(dialog->button(QWizard::NextButton), Qt::Key_Space);
}

void TestNewCampaign::finish(QWizard *dialog)
{
    QTest::keyClick(dialog->button(QWizard::FinishButton), Qt::Key_Space);
}

void TestNewCampaign::openWindow(Workspace::OpenIntent intent)
{
    const auto fresh = intent == Workspace::OpenIntent::NewEmpty
        ? TestSupport::freshEmpty(*m_dir, u"office.sqlite"_s)
        : TestSupport::freshExample(*m_dir, u"office.sqlite"_s);
    QVERIFY(!fresh.location.isEmpty());
    const auto opened = m_workspace->open(fresh.location, fresh.intent);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

NewCampaignDialog *TestNewCampaign::waitForDialog()
{
    // The dialog opens window-modal, without a loop of its own: it is there at once.
    auto *dialog = m_window->findChild<NewCampaignDialog *>();
    if (!dialog || !dialog->isVisible()) {
        qWarning("the new-campaign dialog did not open");
        return nullptr;
    }
    // The offscreen platform leaves the main window active: make the dialog the one that
    // takes the keys, as a window manager would.
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitForWindowActive(dialog) || QApplication::activeWindow() != dialog)
        qWarning("the new-campaign dialog is not the active window");
    return dialog;
}

void TestNewCampaign::fillFirstPage(NewCampaignDialog *dialog, const QString &name,
                                    const QString &starts)
{
    auto *nameEdit = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    nameEdit->setFocus();
    typeText(nameEdit, name);
    QTest::keyClick(nameEdit, Qt::Key_Tab);
    typeText(QApplication::focusWidget(), u"2016–2020"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *startsEdit = dialog->findChild<DateField *>(u"startsEdit"_s);
    QCOMPARE(QApplication::focusWidget(), startsEdit->lineEdit());
    typeText(startsEdit->lineEdit(), starts);
    // Tab leaves the day for its calendar's button, then for the office's own unit.
    QTest::keyClick(startsEdit->lineEdit(), Qt::Key_Tab);
    QTRY_VERIFY(qobject_cast<QToolButton *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *root = dialog->findChild<QComboBox *>(u"rootCombo"_s);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(root));
    QTest::keyClicks(root->lineEdit(), u"tinh kien giang"_s);
    QTest::keyClick(root->lineEdit(), Qt::Key_Tab);
}

void TestNewCampaign::fromAnEmptyFileToACampaign()
{
    openWindow(Workspace::OpenIntent::NewEmpty);
    auto *started = m_window->findChild<GettingStarted *>();
    QVERIFY(started);
    QTRY_VERIFY(started->isVisible());
    auto *create = started->findChild<QPushButton *>(u"gettingStartedCampaign"_s);
    auto *example = started->findChild<QPushButton *>(u"gettingStartedExample"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(example->isVisible());

    // File → Import units, as the window's import does it.
    QFile units(u":/example/kiengiang-2020-register.csv"_s);
    QVERIFY(units.open(QIODevice::ReadOnly));
    QVERIFY(UnitImporter(m_workspace->database()).import(&units, u"register.csv"_s));
    m_workspace->refresh(Workspace::everything());
    QTRY_VERIFY(create->isEnabled());
    QVERIFY(!example->isVisible());

    create->setFocus();
    QTest::keyClick(create, Qt::Key_Space);
    QPointer<NewCampaignDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    fillFirstPage(dialog, u"Tổng kết phong trào “Dân vận khéo” 2016–2020"_s, u"06/02/2020"_s);
    auto *levels = dialog->findChild<QComboBox *>(u"levelsCombo"_s);
    // The tree below the province offers its three levels, or the province and communes.
    QCOMPARE(levels->count(), 2);
    QCOMPARE(levels->currentData().toStringList(),
             QStringList({u"province"_s, u"district"_s, u"commune"_s}));
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::DeadlinesPage));

    for (const auto &[level, phrase] : {std::pair{u"province"_s, u"giữa tháng 9-2020"_s},
                                        std::pair{u"district"_s, u"cuối tháng 7-2020"_s},
                                        std::pair{u"commune"_s, u"cuối tháng 6-2020"_s}}) {
        auto *edit = dialog->findChild<QLineEdit *>(u"deadline_"_s + level);
        QVERIFY2(edit, qPrintable(level));
        edit->setFocus();
        typeText(edit, phrase);
    }
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::SpecialPage));

    // Xã Bình An (Châu Thành) the pilot, by May.
    auto *unit = dialog->findChild<QComboBox *>(u"specialUnitCombo"_s);
    unit->setFocus();
    QTest::keyClicks(unit->lineEdit(), u"30898"_s);
    auto *phrase = dialog->findChild<QLineEdit *>(u"specialPhraseEdit"_s);
    phrase->setFocus();
    typeText(phrase, u"tháng 5/2020"_s);
    QTest::keyClick(phrase, Qt::Key_Return);
    auto *special = dialog->findChild<QTableWidget *>(u"specialTable"_s);
    QCOMPARE(special->rowCount(), 1);
    QCOMPARE(special->item(0, 3)->text(), u"31/05/2020"_s);
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::ParticipantsPage));

    auto *summary = dialog->findChild<QLabel *>(u"participantSummary"_s);
    QVERIFY2(summary->text().contains(u"161"_s), qPrintable(summary->text()));
    // Gò Quao left out, with its communes: Space on its row in the tree.
    auto *view = dialog->findChild<QTreeView *>(u"participantView"_s);
    const QModelIndex province = view->model()->index(0, 0);
    QModelIndex goQuao;
    for (int row = 0; row < view->model()->rowCount(province); ++row) {
        const QModelIndex index = view->model()->index(row, 0, province);
        if (index.data(ParticipantModel::UnitIdRole).toLongLong()
            == UnitRepository(m_workspace->database()).byCode(u"907"_s)->id)
            goQuao = index;
    }
    QVERIFY(goQuao.isValid());
    view->setFocus();
    view->setCurrentIndex(goQuao);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(goQuao.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY2(!summary->text().contains(u"161"_s), qPrintable(summary->text()));

    // docs/make-screenshots.sh takes the README's picture of the dialog here.
    if (const QString pictures = qEnvironmentVariable("DANVAN_SCREENSHOT_DIR"); !pictures.isEmpty())
        QVERIFY(dialog->grab().save(pictures + u"/new-campaign.png"_s));
    finish(dialog);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    // Created, chosen, and one step on the undo stack.
    QCOMPARE(m_workspace->campaigns().size(), 1);
    const Campaign campaign = m_workspace->campaigns().first();
    QCOMPARE(m_workspace->campaignId(), campaign.id);
    QCOMPARE(campaign.levelKeys(), QList<QString>({u"province"_s, u"district"_s, u"commune"_s}));
    CampaignRepository campaigns(m_workspace->database());
    const int taking = int(campaigns.conferences(campaign.id)->size());
    QVERIFY(taking < 161 && taking > 140);
    QCOMPARE(campaigns.pilots(campaign.id)->size(), 1);
    QVERIFY(!started->isVisible());
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    m_workspace->undoStack()->undo();
    QVERIFY(m_workspace->campaigns().isEmpty());
    QTRY_VERIFY(started->isVisible());
    m_workspace->undoStack()->redo();
    QCOMPARE(m_workspace->campaigns().size(), 1);
    QCOMPARE(m_workspace->campaigns().first().id, campaign.id);
    QCOMPARE(int(campaigns.conferences(campaign.id)->size()), taking);
}

void TestNewCampaign::looserPilotIsRefusedInTheDialog()
{
    openWindow(Workspace::OpenIntent::NewExample);
    m_window->findChild<QAction *>(u"newCampaignAction"_s)->trigger();
    QPointer<NewCampaignDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    fillFirstPage(dialog, u"Đợt thử"_s, u"06/02/2020"_s);
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::DeadlinesPage));
    auto *commune = dialog->findChild<QLineEdit *>(u"deadline_commune"_s);
    commune->setFocus();
    typeText(commune, u"cuối tháng 6-2020"_s);
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::SpecialPage));
    auto *unit = dialog->findChild<QComboBox *>(u"specialUnitCombo"_s);
    unit->setFocus();
    QTest::keyClicks(unit->lineEdit(), u"30898"_s);
    auto *phrase = dialog->findChild<QLineEdit *>(u"specialPhraseEdit"_s);
    phrase->setFocus();
    typeText(phrase, u"tháng 7/2020"_s);
    QTest::keyClick(phrase, Qt::Key_Return);
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::ParticipantsPage));
    const QString before = TestSupport::dump(m_workspace->database());
    finish(dialog);

    // The dialog stays, with today's words; nothing was created.
    QVERIFY(dialog && dialog->isVisible());
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    const bool said = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(u"31/07/2020"_s);
    });
    QVERIFY(said);
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QCOMPARE(m_workspace->campaigns().size(), 1);
    dialog->reject();
}

void TestNewCampaign::nextPhaseOfTheExample()
{
    openWindow(Workspace::OpenIntent::NewExample);
    m_window->findChild<QAction *>(u"nextPhaseAction"_s)->trigger();
    QPointer<NewCampaignDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setFocus();
    typeText(name, u"Tổng kết giai đoạn 2021–2025"_s);
    auto *starts = dialog->findChild<DateField *>(u"startsEdit"_s);
    starts->lineEdit()->setFocus();
    typeText(starts->lineEdit(), u"10/02/2025"_s);
    QTest::keyClick(starts->lineEdit(), Qt::Key_Tab);
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::DeadlinesPage));

    // The directive's phrases, five years on, to be looked at before going on.
    QCOMPARE(dialog->findChild<QLineEdit *>(u"deadline_commune"_s)->text(), u"cuối tháng 6-2025"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"deadline_province"_s)->text(),
             u"giữa tháng 9-2025"_s);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"documentTable"_s)->rowCount(), 3);
    auto *checked = dialog->findChild<QCheckBox *>(u"deadlinesCheckedBox"_s);
    QVERIFY(checked->isVisible());
    next(dialog);
    QCOMPARE(dialog->currentId(), int(NewCampaignDialog::DeadlinesPage));
    checked->setFocus();
    QTest::keyClick(checked, Qt::Key_Space);
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::SpecialPage));
    next(dialog);
    QTRY_COMPARE(dialog->currentId(), int(NewCampaignDialog::ParticipantsPage));
    finish(dialog);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    QCOMPARE(m_workspace->campaigns().size(), 2);
    const Campaign *next = m_workspace->campaign();
    QVERIFY(next);
    QCOMPARE(next->name, u"Tổng kết giai đoạn 2021–2025"_s);
    QCOMPARE(next->deadlineFor(u"commune"_s).last(), QDate(2025, 6, 30));
    QCOMPARE(next->documents.size(), 3);
    // The chooser lists the newest first.
    auto *combo = m_window->findChild<QComboBox *>(u"campaignCombo"_s);
    QCOMPARE(combo->itemData(0).toLongLong(), next->id);
    QCOMPARE(combo->currentIndex(), 0);
}

void TestNewCampaign::closeAndDeleteFromTheMenu()
{
    openWindow(Workspace::OpenIntent::NewExample);
    const qint64 id = m_workspace->campaignId();
    m_window->findChild<QAction *>(u"closeCampaignAction"_s)->trigger();
    QVERIFY(m_workspace->campaign()->closed);
    QVERIFY(m_window->windowTitle().contains(u"closed"_s)
            || m_window->windowTitle().contains(u"đóng"_s));
    // A closed campaign is still printed and exported; its records cannot change.
    Conference conference =
        *CampaignRepository(m_workspace->database())
             .conference(id, UnitRepository(m_workspace->database()).byCode(u"30898"_s)->id);
    conference.attendees = 90;
    QVERIFY(!CampaignRepository(m_workspace->database()).saveConference(conference));

    const QString before = TestSupport::dump(m_workspace->database());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->findChild<QAction *>(u"deleteCampaignAction"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"161"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(m_workspace->campaigns().isEmpty());
    QVERIFY(m_window->findChild<GettingStarted *>()->isVisible());
    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->campaigns().size(), 1);
    QCOMPARE(m_workspace->campaignId(), id);
    QVERIFY(m_workspace->campaign()->closed);
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
}

void TestNewCampaign::participantModel()
{
    openWindow(Workspace::OpenIntent::NewExample);
    ParticipantModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Campaign campaign = *m_workspace->campaign();
    model.setCampaign(m_workspace->units(), campaign, {});
    QCOMPARE(model.participants().size(), 161);
    const QModelIndex province = model.index(0, 0);
    QCOMPARE(model.rowCount(province), 15);
    const QModelIndex district = model.index(0, 0, province);
    QVERIFY(model.setData(district, Qt::Unchecked, Qt::CheckStateRole));
    const int below = model.rowCount(district);
    QCOMPARE(model.participants().size(), 161 - 1 - below);
    QVERIFY(model.setData(district, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.participants().size(), 161);
    QVERIFY(model.excluded().isEmpty());
    // The root is not a box.
    QVERIFY(!(model.flags(province) & Qt::ItemIsUserCheckable));
}

QTEST_MAIN(TestNewCampaign)
#include "tst_newcampaign.moc"
