#include "CatalogueRepository.h"
#include "Dates.h"
#include "Dialogs.h"
#include "Edits.h"
#include "ExemplarRepository.h"
#include "FreshExample.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "RewardDialog.h"
#include "RewardModel.h"
#include "RewardRepository.h"
#include "RewardsView.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitComboBox.h"
#include "UnitRewardsSection.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// Reward decisions: the page, the unit panel's section and the dialog, on the Kiên Giang
/// example, driven the way a clerk uses them.
class TestRewards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelUnderTheTester();
    void addEditRemoveAndUndoEach();
    void sectionHoldsOnlyTheUnitsRewardsAndFollowsEdits();
    void refusedRewards_data();
    void refusedRewards();
    void formInUseCannotBeRemoved();

private:
    template<typename T>
    T *find(const QWidget *parent, const QString &name) const
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    qint64 formId(const QString &name) const;
    QString dump() { return TestSupport::dump(m_workspace->database()); }
    static void replaceText(QLineEdit *edit, const QString &text);
    static void typeRecipientName(QTableWidget *table, const QString &name);
    static QStringList column(const QAbstractItemModel *model, int column);
    static bool selectRow(QTableView *table, int column, const QString &text);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    QWidget *m_window = nullptr;
    RewardsView *m_view = nullptr;
    UnitRewardsSection *m_section = nullptr;
    qint64 m_exemplarId = 0;
};

void TestRewards::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English: the messages compared below are the program's source texts.
    Translations::install(Translations::Language::English);
}

void TestRewards::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    QVERIFY(TestSupport::openFreshExample(*m_workspace, *m_dir));
    // A model of the register, for a recipient linked to it.
    Exemplar exemplar;
    exemplar.campaignId = m_workspace->campaignId();
    exemplar.unitId = TestSupport::unitIdOf(m_workspace->database(), u"30898"_s);
    exemplar.recognisedBy = TestSupport::unitIdOf(m_workspace->database(), u"905"_s);
    exemplar.name = u"Mô hình “Dân vận khéo” xây cầu nông thôn"_s;
    const auto saved = ExemplarRepository(m_workspace->database()).save(exemplar);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    m_exemplarId = *saved;

    m_window = new QWidget;
    m_view = new RewardsView(*m_workspace, m_window);
    m_section = new UnitRewardsSection(*m_workspace, m_window);
    m_section->setUnit(TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
    auto *layout = new QHBoxLayout(m_window);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_section, 1);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestRewards::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestRewards::formId(const QString &name) const
{
    const auto forms =
        CatalogueRepository(m_workspace->database(), CatalogueRepository::Catalogue::RewardForms)
            .entries();
    for (const CatalogueEntry &form : forms ? *forms : QList<CatalogueEntry>()) {
        if (form.name == name)
            return form.id;
    }
    return 0;
}

void TestRewards::replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

// "Add by name" opens the name's cell for typing; Enter closes it.
void TestRewards::typeRecipientName(QTableWidget *table, const QString &name)
{
    const auto editors =
        table->viewport()->findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QCOMPARE(editors.size(), 1);
    typeText(editors.first(), name);
    QTest::keyClick(editors.first(), Qt::Key_Return);
    QTRY_COMPARE(table->item(table->rowCount() - 1, 0)->text(), name);
}

QStringList TestRewards::column(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

bool TestRewards::selectRow(QTableView *table, int column, const QString &text)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (index.data().toString() == text) {
            table->setCurrentIndex(index);
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

void TestRewards::modelUnderTheTester()
{
    Reward reward;
    reward.campaignId = m_workspace->campaignId();
    reward.unitId = TestSupport::unitIdOf(m_workspace->database(), u"905"_s);
    reward.formId = formId(u"Giấy khen"_s);
    reward.issuer = u"Ban Thường vụ Huyện ủy Châu Thành"_s;
    reward.signer = u"Nguyễn Văn Bình"_s;
    reward.signerTitle = u"Bí thư Huyện ủy"_s;
    reward.decisionNumber = u"98-QĐ/HU"_s;
    reward.decisionDate = QDate(2020, 6, 26);
    reward.recipients = {{0, Exemplar::Kind::Collective, u"Ấp Phước Lộc"_s,
                          TestSupport::unitIdOf(m_workspace->database(), u"30898"_s), 0},
                         {0, Exemplar::Kind::Individual, u"Lê Thị Đào"_s, 0, 0}};
    QVERIFY(RewardRepository(m_workspace->database()).save(reward).ok());

    RewardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(*m_workspace).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RewardModel::ColumnCount));
    const auto cell = [&model](int column) {
        return model.index(0, column).data().toString();
    };
    QCOMPARE(cell(RewardModel::DecisionNumber), u"98-QĐ/HU"_s);
    QCOMPARE(cell(RewardModel::DecisionDate), u"26/06/2020"_s);
    QCOMPARE(cell(RewardModel::Form), u"Giấy khen"_s);
    QCOMPARE(cell(RewardModel::Signer), u"Nguyễn Văn Bình, Bí thư Huyện ủy"_s);
    QCOMPARE(cell(RewardModel::Recipients), u"Ấp Phước Lộc; Lê Thị Đào"_s);
    QCOMPARE(cell(RewardModel::Unit), u"Huyện Châu Thành"_s);
    QCOMPARE(model.index(0, 0).data(RewardModel::RecipientCountRole).toInt(), 2);
    model.setRewards({}, {}, m_workspace->units());
    QCOMPARE(model.rowCount(), 0);
}

void TestRewards::addEditRemoveAndUndoEach()
{
    const qint64 chauThanh = TestSupport::unitIdOf(m_workspace->database(), u"905"_s);
    const QString before = dump();
    auto *viewTable = find<QTableView>(m_view, u"rewardTable"_s);
    auto *sectionTable = find<QTableView>(m_section, u"sectionRewardTable"_s);
    QCOMPARE(viewTable->model()->rowCount(), 0);
    QCOMPARE(sectionTable->model()->rowCount(), 0);

    // Add: a Bằng khen of the district's conference, to a model of the register and a person.
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RewardDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        // Added from the unit's section, it is preset to the unit.
        QCOMPARE(find<UnitComboBox>(dialog, u"rewardUnit"_s)->unitId(), chauThanh);
        auto *form = find<QComboBox>(dialog, u"rewardForm"_s);
        form->setCurrentIndex(form->findText(u"Bằng khen"_s));
        typeText(find<QLineEdit>(dialog, u"rewardIssuer"_s), u"Ủy ban nhân dân tỉnh Kiên Giang"_s);
        typeText(find<QLineEdit>(dialog, u"rewardSigner"_s), u"Phạm Vũ Hồng"_s);
        typeText(find<QLineEdit>(dialog, u"rewardSignerTitle"_s), u"Chủ tịch"_s);
        typeText(find<QLineEdit>(dialog, u"rewardNumber"_s), u"125-QĐ/HU"_s);
        typeText(find<DateField>(dialog, u"rewardDate"_s)->lineEdit(), u"15/09/2020"_s);
        auto *picker = find<QComboBox>(dialog, u"recipientExemplarPicker"_s);
        picker->setCurrentIndex(picker->findData(m_exemplarId));
        QTest::mouseClick(find<QPushButton>(dialog, u"addRecipientExemplarButton"_s),
                          Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(dialog, u"addRecipientNameButton"_s), Qt::LeftButton);
        auto *recipients = find<QTableWidget>(dialog, u"recipientTable"_s);
        typeRecipientName(recipients, u"Trần Thị Hoà"_s);
        QCOMPARE(recipients->rowCount(), 2);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(),
                 qPrintable(find<QLabel>(dialog, u"rewardMessage"_s)->text()));
        driven = true;
    });
    QTest::mouseClick(find<QPushButton>(m_section, u"sectionAddRewardButton"_s), Qt::LeftButton);
    QVERIFY(driven);
    QCOMPARE(m_workspace->undoStack()->undoText(), u"add the reward Bằng khen 125-QĐ/HU"_s);

    const auto rewards =
        RewardRepository(m_workspace->database()).rewards(m_workspace->campaignId());
    QVERIFY(rewards.ok());
    QCOMPARE(rewards->size(), 1);
    const Reward saved = rewards->first();
    QCOMPARE(saved.decisionNumber, u"125-QĐ/HU"_s);
    QCOMPARE(saved.decisionDate, QDate(2020, 9, 15));
    QCOMPARE(saved.formId, formId(u"Bằng khen"_s));
    QCOMPARE(saved.unitId, chauThanh);
    QCOMPARE(saved.signerTitle, u"Chủ tịch"_s);
    QCOMPARE(saved.recipients.size(), 2);
    QCOMPARE(saved.recipients.at(0).exemplarId, m_exemplarId);
    QCOMPARE(saved.recipients.at(0).unitId,
             TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
    QCOMPARE(saved.recipients.at(1).name, u"Trần Thị Hoà"_s);
    QCOMPARE(saved.recipients.at(1).kind, Exemplar::Kind::Individual);
    QCOMPARE(saved.recipients.at(1).exemplarId, 0);

    // The page and Châu Thành's section show it.
    QCOMPARE(column(viewTable->model(), RewardModel::DecisionNumber), QStringList{u"125-QĐ/HU"_s});
    QCOMPARE(column(viewTable->model(), RewardModel::DecisionDate), QStringList{u"15/09/2020"_s});
    QCOMPARE(column(viewTable->model(), RewardModel::Recipients),
             QStringList{u"Mô hình “Dân vận khéo” xây cầu nông thôn; Trần Thị Hoà"_s});
    QCOMPARE(column(viewTable->model(), RewardModel::Unit), QStringList{u"Huyện Châu Thành"_s});
    QCOMPARE(column(sectionTable->model(), RewardModel::Form), QStringList{u"Bằng khen"_s});
    QVERIFY(find<QLabel>(m_view, u"rewardCounts"_s)->text().contains(u"2 recipient"_s));
    const QString afterAdd = dump();

    // Edit from the page: another number, and the person taken off.
    QVERIFY(selectRow(viewTable, RewardModel::DecisionNumber, u"125-QĐ/HU"_s));
    driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RewardDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        auto *number = find<QLineEdit>(dialog, u"rewardNumber"_s);
        QCOMPARE(number->text(), u"125-QĐ/HU"_s);
        QCOMPARE(find<DateField>(dialog, u"rewardDate"_s)->lineEdit()->text(), u"15/09/2020"_s);
        replaceText(number, u"126-QĐ/HU"_s);
        auto *recipients = find<QTableWidget>(dialog, u"recipientTable"_s);
        QCOMPARE(recipients->rowCount(), 2);
        recipients->setCurrentCell(1, 0);
        QTest::mouseClick(find<QPushButton>(dialog, u"removeRecipientButton"_s), Qt::LeftButton);
        QCOMPARE(recipients->rowCount(), 1);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(),
                 qPrintable(find<QLabel>(dialog, u"rewardMessage"_s)->text()));
        driven = true;
    });
    QTest::mouseClick(find<QPushButton>(m_view, u"editRewardButton"_s), Qt::LeftButton);
    QVERIFY(driven);
    QCOMPARE(m_workspace->undoStack()->undoText(), u"edit the reward Bằng khen 126-QĐ/HU"_s);
    QCOMPARE(column(viewTable->model(), RewardModel::DecisionNumber), QStringList{u"126-QĐ/HU"_s});
    QCOMPARE(column(sectionTable->model(), RewardModel::Recipients),
             QStringList{u"Mô hình “Dân vận khéo” xây cầu nông thôn"_s});
    const QString afterEdit = dump();

    // Remove it from the section.
    QVERIFY(selectRow(sectionTable, RewardModel::DecisionNumber, u"126-QĐ/HU"_s));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(m_section, u"sectionRemoveRewardButton"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"126-QĐ/HU"_s));
    QCOMPARE(viewTable->model()->rowCount(), 0);
    QCOMPARE(sectionTable->model()->rowCount(), 0);
    const QString afterRemove = dump();

    // Undo each: the file goes back through every state, and both lists follow.
    QUndoStack *stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(dump(), afterEdit);
    QCOMPARE(column(sectionTable->model(), RewardModel::DecisionNumber),
             QStringList{u"126-QĐ/HU"_s});
    stack->undo();
    QCOMPARE(dump(), afterAdd);
    QCOMPARE(column(viewTable->model(), RewardModel::DecisionNumber), QStringList{u"125-QĐ/HU"_s});
    QCOMPARE(column(viewTable->model(), RewardModel::Recipients),
             QStringList{u"Mô hình “Dân vận khéo” xây cầu nông thôn; Trần Thị Hoà"_s});
    stack->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(viewTable->model()->rowCount(), 0);
    // And redo each: the same rows, with the same ids.
    stack->redo();
    QCOMPARE(dump(), afterAdd);
    stack->redo();
    QCOMPARE(dump(), afterEdit);
    stack->redo();
    QCOMPARE(dump(), afterRemove);
}

void TestRewards::sectionHoldsOnlyTheUnitsRewardsAndFollowsEdits()
{
    const qint64 chauThanh = TestSupport::unitIdOf(m_workspace->database(), u"905"_s);
    const qint64 province = TestSupport::unitIdOf(m_workspace->database(), u"91"_s);
    const auto decision = [this](qint64 unitId, const QString &number, QDate day) {
        Reward reward;
        reward.campaignId = m_workspace->campaignId();
        reward.unitId = unitId;
        reward.formId = formId(u"Giấy khen"_s);
        reward.decisionNumber = number;
        reward.decisionDate = day;
        reward.recipients = {{0, Exemplar::Kind::Individual, u"Lê Thị Đào"_s, 0, 0}};
        return reward;
    };
    // Added elsewhere (the rewards page's verbs): the province's, then Châu Thành's two.
    QVERIFY(m_workspace->edits().saveReward(
        std::nullopt, decision(province, u"15-QĐ/TU"_s, QDate(2020, 7, 1)), u"Giấy khen"_s));
    auto *model = m_section->findChild<RewardModel *>();
    auto *table = find<QTableView>(m_section, u"sectionRewardTable"_s);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 0);
    const auto later = m_workspace->edits().saveReward(
        std::nullopt, decision(chauThanh, u"126-QĐ/HU"_s, QDate(2020, 6, 26)), u"Giấy khen"_s);
    QVERIFY(later);
    QVERIFY(m_workspace->edits().saveReward(
        std::nullopt, decision(chauThanh, u"98-QĐ/HU"_s, QDate(2020, 5, 4)), u"Giấy khen"_s));
    // Only the unit's rewards are read, in the order of their dates.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(column(table->model(), RewardModel::DecisionNumber),
             (QStringList{u"98-QĐ/HU"_s, u"126-QĐ/HU"_s}));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(RewardModel::UnitIdRole).toLongLong(), chauThanh);

    // Another unit shows its own; back at Châu Thành, an undo and a redo elsewhere show.
    m_section->setUnit(province);
    QCOMPARE(column(table->model(), RewardModel::DecisionNumber), QStringList{u"15-QĐ/TU"_s});
    m_section->setUnit(chauThanh);
    m_workspace->undoStack()->undo();
    QCOMPARE(column(table->model(), RewardModel::DecisionNumber), QStringList{u"126-QĐ/HU"_s});
    m_workspace->undoStack()->redo();
    QCOMPARE(column(table->model(), RewardModel::DecisionNumber),
             (QStringList{u"98-QĐ/HU"_s, u"126-QĐ/HU"_s}));

    // Edited elsewhere: the row follows, and the chosen row stays chosen.
    QVERIFY(selectRow(table, RewardModel::DecisionNumber, u"126-QĐ/HU"_s));
    const auto before = RewardRepository(m_workspace->database()).reward(*later);
    QVERIFY(before);
    Reward after = *before;
    after.decisionNumber = u"127-QĐ/HU"_s;
    QVERIFY(m_workspace->edits().saveReward(*before, after, u"Giấy khen"_s));
    QCOMPARE(column(table->model(), RewardModel::DecisionNumber),
             (QStringList{u"98-QĐ/HU"_s, u"127-QĐ/HU"_s}));
    QCOMPARE(table->currentIndex().data().toString(), u"127-QĐ/HU"_s);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    QVERIFY(find<QPushButton>(m_section, u"sectionEditRewardButton"_s)->isEnabled());
}

void TestRewards::refusedRewards_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("unitText");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("recipients"); ///< names added by name
    QTest::addColumn<QString>("message");

    Reward reward;
    reward.formId = 1;
    reward.unitId = 1;
    QTest::newRow("without a recipient") << u"Bằng khen"_s << u"905"_s << u"15/09/2020"_s
                                         << QStringList() << reward.validate().error();
    reward.recipients.append(RewardRecipient());
    QTest::newRow("a recipient without a name")
        << u"Bằng khen"_s << u"905"_s << QString() << QStringList{QString()}
        << reward.validate().error();
    reward.formId = 0;
    QTest::newRow("without a form") << QString() << u"905"_s << QString()
                                    << QStringList{u"Lê Văn Tám"_s} << reward.validate().error();
    QTest::newRow("a day that does not exist")
        << u"Giấy khen"_s << u"905"_s << u"31/02/2020"_s << QStringList{u"Lê Văn Tám"_s}
        << Dates::parse(u"31/02/2020"_s).error();
    QTest::newRow("a unit that is not in the campaign")
        << u"Giấy khen"_s << u"Xã Không Có"_s << QString() << QStringList{u"Lê Văn Tám"_s}
        << u"No unit of the campaign is called “Xã Không Có”."_s;
}

void TestRewards::refusedRewards()
{
    QFETCH(QString, form);
    QFETCH(QString, unitText);
    QFETCH(QString, date);
    QFETCH(QStringList, recipients);
    QFETCH(QString, message);
    const QString before = dump();
    Reward preset;
    preset.campaignId = m_workspace->campaignId();
    RewardDialog dialog(*m_workspace, preset, m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *forms = find<QComboBox>(&dialog, u"rewardForm"_s);
    forms->setCurrentIndex(forms->findText(form));
    typeText(find<UnitComboBox>(&dialog, u"rewardUnit"_s)->lineEdit(), unitText);
    typeText(find<DateField>(&dialog, u"rewardDate"_s)->lineEdit(), date);
    auto *table = find<QTableWidget>(&dialog, u"recipientTable"_s);
    for (const QString &name : recipients) {
        QTest::mouseClick(find<QPushButton>(&dialog, u"addRecipientNameButton"_s), Qt::LeftButton);
        typeRecipientName(table, name);
    }
    QCOMPARE(table->rowCount(), recipients.size());
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    // Refused in place: the dialog stays open with the message, and nothing is written.
    QVERIFY(dialog.isVisible());
    auto *label = find<QLabel>(&dialog, u"rewardMessage"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), message);
    QCOMPARE(dump(), before);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

void TestRewards::formInUseCannotBeRemoved()
{
    Database &database = m_workspace->database();
    Reward reward;
    reward.campaignId = m_workspace->campaignId();
    reward.unitId = TestSupport::unitIdOf(m_workspace->database(), u"905"_s);
    reward.formId = formId(u"Bằng khen"_s);
    reward.decisionNumber = u"125-QĐ/HU"_s;
    reward.recipients.append({0, Exemplar::Kind::Individual, u"Lê Văn Tám"_s, 0, 0});
    QVERIFY(RewardRepository(database).save(reward).ok());
    CatalogueRepository forms(database, CatalogueRepository::Catalogue::RewardForms);
    const QString before = dump();

    const auto refused = forms.remove(formId(u"Bằng khen"_s));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"“Bằng khen” is used 1 time"_s),
             qPrintable(refused.error()));
    QCOMPARE(dump(), before);
    // A form that nothing uses can go.
    QVERIFY(forms.remove(formId(u"Cờ thi đua"_s)).ok());
    QCOMPARE(formId(u"Cờ thi đua"_s), 0);
}

QTEST_MAIN(TestRewards)
#include "tst_rewards.moc"
