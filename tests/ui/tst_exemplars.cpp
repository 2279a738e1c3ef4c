#include "CatalogueRepository.h"
#include "Dialogs.h"
#include "Edits.h"
#include "ExemplarDialog.h"
#include "ExemplarModel.h"
#include "ExemplarRegister.h"
#include "ExemplarRepository.h"
#include "ExemplarsView.h"
#include "FreshExample.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "Money.h"
#include "NominationModel.h"
#include "RegisterFilterModel.h"
#include "RewardRepository.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitComboBox.h"
#include "UnitExemplarsSection.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The register of models and exemplars, their nominations up the levels and the unit
/// panel's section, on the Kiên Giang example, driven the way a clerk uses them.
class TestExemplars : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsUnderTheTester();
    void registerSortsInVietnameseOrder();
    void filterIgnoresAccents_data();
    void filterIgnoresAccents();
    void unitFieldFindsTypedUnits_data();
    void unitFieldFindsTypedUnits();
    void unitFieldSaysWhichUnitWasChosen();
    void addPutForwardSelectThenUndoAndRedo();
    void unrelatedUnitCannotPutForward();
    void sectionHoldsOnlyTheUnitsRowsAndFollowsEdits();
    void removeAndUndoBringBackNominationsAndRewardLinks();
    void refusedInputs_data();
    void refusedInputs();

private:
    template<typename T>
    T *find(const QWidget *parent, const QString &name) const
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    qint64 addExemplar(const QString &name, Exemplar::Kind kind, const QString &unitCode,
                       qint64 money = -1);
    QString dump() { return TestSupport::dump(m_workspace->database()); }
    static void pressTab(QWidget *widget);
    static QStringList column(const QAbstractItemModel *model, int column);
    static bool selectRow(QTableView *table, int column, const QString &text);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    QWidget *m_window = nullptr;
    ExemplarsView *m_view = nullptr;
    UnitExemplarsSection *m_section = nullptr;
};

void TestExemplars::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English: the messages compared below are the program's source texts.
    Translations::install(Translations::Language::English);
}

void TestExemplars::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    QVERIFY(TestSupport::openFreshExample(*m_workspace, *m_dir));
    m_window = new QWidget;
    m_view = new ExemplarsView(*m_workspace, m_window);
    m_section = new UnitExemplarsSection(*m_workspace, m_window);
    auto *layout = new QHBoxLayout(m_window);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_section, 1);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestExemplars::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestExemplars::addExemplar(const QString &name, Exemplar::Kind kind, const QString &unitCode,
                                  qint64 money)
{
    Exemplar exemplar;
    exemplar.campaignId = m_workspace->campaignId();
    exemplar.unitId = TestSupport::unitIdOf(m_workspace->database(), unitCode);
    exemplar.recognisedBy = exemplar.unitId;
    exemplar.kind = kind;
    exemplar.name = name;
    exemplar.money = money;
    const auto saved = ExemplarRepository(m_workspace->database()).save(exemplar);
    if (!saved)
        qWarning("%s", qPrintable(saved.error()));
    return saved ? *saved : 0;
}

// While the list of matching units is open, the keyboard goes to it, as on a real screen:
// Tab closes it and moves on.
void TestExemplars::pressTab(QWidget *widget)
{
    QWidget *popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : widget, Qt::Key_Tab);
}

QStringList TestExemplars::column(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

bool TestExemplars::selectRow(QTableView *table, int column, const QString &text)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (index.data().toString() == text) {
            table->setFocus();
            table->setCurrentIndex(index);
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

void TestExemplars::modelsUnderTheTester()
{
    const qint64 first = addExemplar(u"Mô hình “Tuyến đường nông thôn mới”"_s,
                                     Exemplar::Kind::Collective, u"30898"_s, 1'500'000);
    addExemplar(u"Nguyễn Văn Ân"_s, Exemplar::Kind::Individual, u"905"_s);
    QVERIFY(ExemplarRepository(m_workspace->database())
                .nominate(first, TestSupport::unitIdOf(m_workspace->database(), u"30898"_s))
                .ok());

    ExemplarModel exemplars;
    QAbstractItemModelTester exemplarTester(&exemplars,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    NominationModel nominations;
    QAbstractItemModelTester nominationTester(
        &nominations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RegisterFilterModel filter;
    filter.setSourceModel(&exemplars);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto loaded = ExemplarRegister::load(*m_workspace);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const auto shared = std::make_shared<const ExemplarRegister>(*loaded);
    exemplars.setRegister(shared);
    nominations.setRegister(shared);
    QCOMPARE(exemplars.rowCount(), 2);
    QCOMPARE(exemplars.columnCount(), int(ExemplarModel::ColumnCount));
    QCOMPARE(nominations.rowCount(), 1);

    const int row = exemplars.rowOfExemplar(first);
    QVERIFY(row >= 0);
    const auto cell = [&exemplars, row](int column) {
        return exemplars.index(row, column).data().toString();
    };
    QCOMPARE(cell(ExemplarModel::Kind), Exemplar::kindName(Exemplar::Kind::Collective));
    QCOMPARE(cell(ExemplarModel::Unit), u"Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(cell(ExemplarModel::RecognisedBy), u"Xã Bình An (Huyện Châu Thành) (Grassroots)"_s);
    QCOMPARE(cell(ExemplarModel::MoneyMobilised), u"1.500.000"_s);
    QCOMPARE(cell(ExemplarModel::NominationStep), u"put forward to Huyện Châu Thành: proposed"_s);
    QCOMPARE(nominations.index(0, NominationModel::To).data().toString(), u"Huyện Châu Thành"_s);
    QCOMPARE(nominations.index(0, NominationModel::Status).data().toString(), u"Proposed"_s);

    filter.sort(ExemplarModel::MoneyMobilised, Qt::DescendingOrder);
    filter.setSearchText(u"nguyen"_s);
    QCOMPARE(filter.rowCount(), 1);
    exemplars.setRegister(std::make_shared<const ExemplarRegister>());
    QCOMPARE(filter.rowCount(), 0);
}

void TestExemplars::registerSortsInVietnameseOrder()
{
    // Plain QString order would put "Ấp" and "Đội" after every ASCII letter.
    for (const QString &name : {u"Đội tự quản"_s, u"Dân vận khéo ở ấp"_s, u"Ấp văn hóa"_s,
                                u"An toàn giao thông"_s, u"Ông Tư"_s, u"Ô tô nhân ái"_s})
        addExemplar(name, Exemplar::Kind::Collective, u"30898"_s);
    m_workspace->refresh(Workspace::Change::Exemplars);
    auto *table = find<QTableView>(m_view, u"exemplarTable"_s);
    const QStringList expected{u"An toàn giao thông"_s, u"Ấp văn hóa"_s,   u"Dân vận khéo ở ấp"_s,
                               u"Đội tự quản"_s,        u"Ô tô nhân ái"_s, u"Ông Tư"_s};
    QCOMPARE(column(table->model(), ExemplarModel::Name), expected);
    table->sortByColumn(ExemplarModel::Name, Qt::DescendingOrder);
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(column(table->model(), ExemplarModel::Name), reversed);
}

void TestExemplars::filterIgnoresAccents_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    const QStringList all{u"Đường hoa nông thôn"_s, u"Nhà tình nghĩa Hòa Thuận"_s,
                          u"Quỹ Hoà Bình"_s};
    QTest::newRow("nothing") << QString() << all;
    QTest::newRow("without accents") << u"duong hoa"_s << QStringList{all.at(0)};
    QTest::newRow("both tone placements") << u"hoa"_s << all;
    QTest::newRow("capitals with accents") << u"HÒA THUẬN"_s << QStringList{all.at(1)};
    QTest::newRow("the unit's name") << u"kien luong"_s << QStringList{all.at(2)};
    QTest::newRow("nothing matches") << u"xyz"_s << QStringList();
}

void TestExemplars::filterIgnoresAccents()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    addExemplar(u"Đường hoa nông thôn"_s, Exemplar::Kind::Collective, u"30898"_s, 2'000'000);
    addExemplar(u"Nhà tình nghĩa Hòa Thuận"_s, Exemplar::Kind::Collective, u"30898"_s);
    addExemplar(u"Quỹ Hoà Bình"_s, Exemplar::Kind::Individual, u"30808"_s, 500'000);
    m_workspace->refresh(Workspace::Change::Exemplars);
    auto *filter = find<QLineEdit>(m_view, u"exemplarFilter"_s);
    auto *table = find<QTableView>(m_view, u"exemplarTable"_s);
    filter->setFocus();
    typeText(filter, typed);
    QCOMPARE(column(table->model(), ExemplarModel::Name), shown);
    // The counts are of what is shown.
    const QString counts = find<QLabel>(m_view, u"exemplarCounts"_s)->text();
    int money = 0;
    for (const QString &name : shown)
        money += name.startsWith(u"Đường"_s) ? 2'000'000 : name.startsWith(u"Quỹ"_s) ? 500'000 : 0;
    QVERIFY2(counts.contains(Money::format(money) + u" đồng"_s), qPrintable(counts));
    QVERIFY2(counts.contains(u"%1 individual exemplar"_s.arg(shown.contains(u"Quỹ Hoà Bình"_s))),
             qPrintable(counts));
}

void TestExemplars::unitFieldFindsTypedUnits_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code"); ///< empty: refused
    QTest::addColumn<QString>("message"); ///< part of the refusal
    QTest::newRow("name and district, no accents") << u"binh an chau"_s << u"30898"_s << QString();
    QTest::newRow("the other one") << u"bình an kiên lương"_s << u"30808"_s << QString();
    QTest::newRow("code") << u"30898"_s << u"30898"_s << QString();
    QTest::newRow("the label as shown")
        << u"Xã Bình An (Huyện Châu Thành)"_s << u"30898"_s << QString();
    QTest::newRow("two units of one name") << u"binh an"_s << QString() << u"matches 3 units"_s;
    QTest::newRow("no such unit") << u"Xã Không Có"_s << QString() << u"No unit"_s;
}

void TestExemplars::unitFieldFindsTypedUnits()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(QString, message);
    UnitComboBox field(m_window);
    field.setCampaignUnits(*m_workspace);
    QCOMPARE(field.count(), 161);
    field.show();
    field.lineEdit()->setFocus();
    typeText(field.lineEdit(), typed);
    const auto unit = field.unit();
    if (code.isEmpty()) {
        QVERIFY(!unit.ok());
        QVERIFY2(unit.error().contains(message), qPrintable(unit.error()));
        return;
    }
    QVERIFY2(unit.ok(), qPrintable(unit.error()));
    QCOMPARE(*unit, TestSupport::unitIdOf(m_workspace->database(), code));
    // Leaving the field shows the unit as the list names it.
    pressTab(field.lineEdit());
    QTRY_COMPARE(field.unitId(), TestSupport::unitIdOf(m_workspace->database(), code));
    const auto units = m_workspace->units();
    QCOMPARE(field.currentText(), units->label(units->indexOfCode(code)));
}

void TestExemplars::unitFieldSaysWhichUnitWasChosen()
{
    UnitComboBox field(m_window);
    field.setCampaignUnits(*m_workspace);
    QSignalSpy changed(&field, &UnitComboBox::unitChanged);
    field.setUnitId(TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
    field.setUnitId(0);
    QCOMPARE(changed.last().first().toLongLong(), qint64(0));
}

void TestExemplars::addPutForwardSelectThenUndoAndRedo()
{
    const qint64 binhAn = TestSupport::unitIdOf(m_workspace->database(), u"30898"_s);
    const qint64 chauThanh = TestSupport::unitIdOf(m_workspace->database(), u"905"_s);
    const qint64 province = TestSupport::unitIdOf(m_workspace->database(), u"91"_s);
    const QString name = u"Mô hình “Dân vận khéo” xây cầu giao thông nông thôn"_s;
    const QString before = dump();

    // Bình An's section: Add… opens the dialog preset to the commune; the clerk types.
    m_section->setUnit(binhAn);
    auto *addButton = find<QPushButton>(m_section, u"sectionAddExemplarButton"_s);
    QVERIFY(addButton->isVisible() && addButton->isEnabled());
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExemplarDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // Whatever fails below, the dialog closes, so that the test goes on.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(find<UnitComboBox>(dialog, u"exemplarUnit"_s)->unitId(), binhAn);
        QCOMPARE(find<UnitComboBox>(dialog, u"exemplarRecognisedBy"_s)->unitId(), binhAn);
        auto *nameField = find<QLineEdit>(dialog, u"exemplarName"_s);
        nameField->setFocus();
        typeText(nameField, name);
        auto *field = find<QComboBox>(dialog, u"exemplarField"_s);
        field->setCurrentIndex(field->findText(u"Kinh tế"_s));
        auto *description = find<QPlainTextEdit>(dialog, u"exemplarDescription"_s);
        description->setFocus();
        typeText(description, u"Người dân hiến đất, góp công làm cầu."_s);
        auto *money = find<MoneyField>(dialog, u"exemplarMoney"_s);
        money->setFocus();
        typeText(money, u"1.500.000"_s);
        auto *workdays = find<CountField>(dialog, u"exemplarWorkdays"_s);
        workdays->setFocus();
        typeText(workdays, u"120"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(),
                 qPrintable(find<QLabel>(dialog, u"exemplarMessage"_s)->text()));
        driven = true;
    });
    QTest::mouseClick(addButton, Qt::LeftButton);
    QVERIFY(driven);
    QCOMPARE(m_workspace->undoStack()->undoText(), u"add the model “%1”"_s.arg(name));

    // In the register, and in Bình An's section.
    auto *registerTable = find<QTableView>(m_view, u"exemplarTable"_s);
    QCOMPARE(column(registerTable->model(), ExemplarModel::Name), QStringList{name});
    const auto registerCell = [registerTable](int column) {
        return registerTable->model()->index(0, column).data().toString();
    };
    QCOMPARE(registerCell(ExemplarModel::Unit), u"Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(registerCell(ExemplarModel::Field), u"Kinh tế"_s);
    QCOMPARE(registerCell(ExemplarModel::MoneyMobilised), u"1.500.000"_s);
    QCOMPARE(registerCell(ExemplarModel::Workdays), u"120"_s);
    QVERIFY(find<QLabel>(m_view, u"exemplarCounts"_s)->text().contains(u"1 collective model"_s));
    auto *commended = find<QTableView>(m_section, u"sectionExemplarTable"_s);
    QCOMPARE(column(commended->model(), ExemplarModel::Name), QStringList{name});
    const QString afterAdd = dump();
    QVERIFY(afterAdd != before);

    // Bình An puts it forward to its district.
    auto *putForward = find<QPushButton>(m_section, u"sectionPutForwardButton"_s);
    QVERIFY(putForward->toolTip().contains(u"Huyện Châu Thành"_s));
    QVERIFY(selectRow(commended, ExemplarModel::Name, name));
    QVERIFY(putForward->isEnabled());
    QTest::mouseClick(putForward, Qt::LeftButton);
    QCOMPARE(m_workspace->undoStack()->undoText(),
             u"put “%1” forward to Huyện Châu Thành"_s.arg(name));
    auto *sent = find<QTableView>(m_section, u"sentNominationTable"_s);
    QCOMPARE(column(sent->model(), NominationModel::To), QStringList{u"Huyện Châu Thành"_s});
    QCOMPARE(column(sent->model(), NominationModel::Status), QStringList{u"Proposed"_s});
    QCOMPARE(registerCell(ExemplarModel::NominationStep),
             u"put forward to Huyện Châu Thành: proposed"_s);
    const QString afterNominate = dump();

    // It shows up at Châu Thành as received, proposed; Châu Thành cannot send it on yet.
    m_section->setUnit(chauThanh);
    auto *received = find<QTableView>(m_section, u"receivedNominationTable"_s);
    QCOMPARE(column(received->model(), NominationModel::ExemplarName), QStringList{name});
    QCOMPARE(column(received->model(), NominationModel::From),
             QStringList{u"Xã Bình An (Huyện Châu Thành)"_s});
    QCOMPARE(column(received->model(), NominationModel::Status), QStringList{u"Proposed"_s});
    QCOMPARE(find<QTableView>(m_section, u"sectionExemplarTable"_s)->model()->rowCount(), 0);
    QVERIFY(selectRow(received, NominationModel::ExemplarName, name));
    auto *sendOn = find<QPushButton>(m_section, u"receivedPutForwardButton"_s);
    QVERIFY(sendOn->toolTip().contains(u"Tỉnh Kiên Giang"_s));
    // Not taken up yet: the button is off, and a click does nothing.
    QVERIFY(!sendOn->isEnabled());
    QTest::mouseClick(sendOn, Qt::LeftButton);
    auto *message = find<QLabel>(m_section, u"exemplarSectionMessage"_s);
    QVERIFY(!message->isVisible());
    QCOMPARE(dump(), afterNominate);

    // The clerk records Châu Thành's decision: selected.
    auto *status = find<QComboBox>(m_section, u"receivedStatusCombo"_s);
    QVERIFY(status->isEnabled());
    QCOMPARE(status->currentText(), u"Proposed"_s);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(column(received->model(), NominationModel::Status), QStringList{u"Selected"_s});
    QCOMPARE(m_workspace->undoStack()->undoText(),
             u"mark “%1” as selected at Huyện Châu Thành"_s.arg(name));
    QCOMPARE(registerCell(ExemplarModel::NominationStep),
             u"put forward to Huyện Châu Thành: selected"_s);
    const QString afterSelect = dump();

    // Undo the three edits one by one: the file goes back through each state.
    QUndoStack *stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(dump(), afterNominate);
    QCOMPARE(column(received->model(), NominationModel::Status), QStringList{u"Proposed"_s});
    stack->undo();
    QCOMPARE(dump(), afterAdd);
    QCOMPARE(received->model()->rowCount(), 0);
    stack->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(registerTable->model()->rowCount(), 0);
    // Redo them: the same rows come back, with the same ids.
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(dump(), afterSelect);
    QCOMPARE(column(received->model(), NominationModel::Status), QStringList{u"Selected"_s});

    // Selected, Châu Thành can put it forward to the province.
    message = find<QLabel>(m_section, u"exemplarSectionMessage"_s);
    QVERIFY(selectRow(received, NominationModel::ExemplarName, name));
    QTest::mouseClick(sendOn, Qt::LeftButton);
    QVERIFY2(!message->isVisible(), qPrintable(message->text()));
    QCOMPARE(column(sent->model(), NominationModel::To), QStringList{u"Tỉnh Kiên Giang"_s});
    const auto nominations =
        ExemplarRepository(m_workspace->database()).nominations(m_workspace->campaignId());
    QVERIFY(nominations.ok());
    QCOMPARE(nominations->size(), 2);
    QCOMPARE(nominations->last().fromUnitId, chauThanh);
    QCOMPARE(nominations->last().toUnitId, province);
    QCOMPARE(registerCell(ExemplarModel::NominationStep),
             u"put forward to Tỉnh Kiên Giang: proposed"_s);
    m_section->setUnit(province);
    QCOMPARE(column(received->model(), NominationModel::From), QStringList{u"Huyện Châu Thành"_s});
}

void TestExemplars::unrelatedUnitCannotPutForward()
{
    const qint64 id =
        addExemplar(u"Tổ tự quản đường sông"_s, Exemplar::Kind::Collective, u"30898"_s);
    m_workspace->refresh(Workspace::Change::Exemplars);
    const QString before = dump();
    auto *table = find<QTableView>(m_view, u"exemplarTable"_s);
    QVERIFY(selectRow(table, ExemplarModel::Name, u"Tổ tự quản đường sông"_s));

    // Xã Bình An of Kiên Lương has nothing to do with it: refused, and the dialog stays.
    QString refusal;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // Whatever fails below, the dialog closes, so that the test goes on.
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        QCOMPARE(dialog->objectName(), u"putForwardDialog"_s);
        auto *from = find<UnitComboBox>(dialog, u"putForwardFrom"_s);
        // The unit that holds it is proposed, with where it would go.
        QCOMPARE(from->unitId(), TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
        QCOMPARE(find<QLabel>(dialog, u"putForwardTarget"_s)->text(), u"Huyện Châu Thành"_s);
        from->lineEdit()->selectAll();
        typeText(from->lineEdit(), u"binh an kien luong"_s);
        QCOMPARE(from->unitId(), TestSupport::unitIdOf(m_workspace->database(), u"30808"_s));
        QCOMPARE(find<QLabel>(dialog, u"putForwardTarget"_s)->text(), u"Huyện Kiên Lương"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        refusal = find<QLabel>(dialog, u"putForwardMessage"_s)->text();
    });
    auto *button = find<QPushButton>(m_view, u"putForwardButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(refusal.contains(u"Xã Bình An cannot put “Tổ tự quản đường sông” forward"_s),
             qPrintable(refusal));
    QCOMPARE(dump(), before);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QVERIFY(ExemplarRepository(m_workspace->database())
                .nominations(m_workspace->campaignId())
                ->isEmpty());
    Q_UNUSED(id);
}

void TestExemplars::sectionHoldsOnlyTheUnitsRowsAndFollowsEdits()
{
    Database &database = m_workspace->database();
    const qint64 binhAn = TestSupport::unitIdOf(database, u"30898"_s);
    const qint64 chauThanh = TestSupport::unitIdOf(database, u"905"_s);
    // Châu Thành's own, in an order that plain comparison gets wrong (A < Â, D < Đ), Bình
    // An's, and one of Bình An of Kiên Lương, which has nothing to do with either.
    const QStringList own{u"Đỗ Văn Đông"_s, u"An Thị Hoa"_s, u"Dương Văn Dũng"_s, u"Âu Thị Ân"_s};
    for (const QString &name : own)
        QVERIFY(addExemplar(name, Exemplar::Kind::Individual, u"905"_s) > 0);
    const QString bridge = u"Mô hình “Dân vận khéo” xây cầu"_s;
    const qint64 bridgeId = addExemplar(bridge, Exemplar::Kind::Collective, u"30898"_s);
    QVERIFY(addExemplar(u"Tổ tự quản đường sông"_s, Exemplar::Kind::Collective, u"30808"_s) > 0);
    m_workspace->refresh(Workspace::Change::Exemplars);

    // The section holds exactly the unit's rows, not the campaign's register.
    auto *exemplars = m_section->findChild<ExemplarModel *>();
    auto *commended = find<QTableView>(m_section, u"sectionExemplarTable"_s);
    auto *sent = find<QTableView>(m_section, u"sentNominationTable"_s);
    auto *received = find<QTableView>(m_section, u"receivedNominationTable"_s);
    QVERIFY(exemplars);
    const auto held = [exemplars] {
        QStringList names = column(exemplars, ExemplarModel::Name);
        names.sort();
        return names;
    };
    m_section->setUnit(chauThanh);
    QCOMPARE(column(commended->model(), ExemplarModel::Name),
             (QStringList{u"An Thị Hoa"_s, u"Âu Thị Ân"_s, u"Dương Văn Dũng"_s, u"Đỗ Văn Đông"_s}));
    QStringList sortedOwn = own;
    sortedOwn.sort();
    QCOMPARE(held(), sortedOwn);
    m_section->setUnit(binhAn);
    QCOMPARE(held(), QStringList{bridge});
    QCOMPARE(column(commended->model(), ExemplarModel::Name), QStringList{bridge});
    QCOMPARE(sent->model()->rowCount(), 0);

    // Bình An puts its model forward from the register page (an edit elsewhere): the
    // section, on Châu Thành, shows it received; undone, it goes; redone, it is back.
    m_section->setUnit(chauThanh);
    const auto registerOfPage = m_workspace->exemplarRegister();
    const Exemplar *entry = registerOfPage->exemplar(bridgeId);
    QVERIFY(entry);
    QVERIFY(m_workspace->edits().nominate(*entry, binhAn, u"Huyện Châu Thành"_s));
    QCOMPARE(column(received->model(), NominationModel::ExemplarName), QStringList{bridge});
    QCOMPARE(column(received->model(), NominationModel::From),
             QStringList{u"Xã Bình An (Huyện Châu Thành)"_s});
    QCOMPARE(column(commended->model(), ExemplarModel::Name).size(), own.size());
    m_workspace->undoStack()->undo();
    QCOMPARE(received->model()->rowCount(), 0);
    QCOMPARE(held(), sortedOwn);
    m_workspace->undoStack()->redo();
    QCOMPARE(column(received->model(), NominationModel::ExemplarName), QStringList{bridge});

    // Châu Thành marks it selected elsewhere, then sends it on: its step shows in both
    // tables, and where it went in Bình An's.
    {
        const auto whole = m_workspace->exemplarRegister();
        const QList<Nomination> steps = whole->nominationsOf(bridgeId);
        QCOMPARE(steps.size(), 1);
        QVERIFY(m_workspace->edits().setNominationStatus(
            steps.first(), Nomination::Status::Selected, {}, bridge, u"Huyện Châu Thành"_s));
        QVERIFY(m_workspace->edits().nominate(*whole->exemplar(bridgeId), chauThanh,
                                              u"Tỉnh Kiên Giang"_s));
    }
    QCOMPARE(column(received->model(), NominationModel::Status), QStringList{u"Selected"_s});
    QCOMPARE(column(sent->model(), NominationModel::To), QStringList{u"Tỉnh Kiên Giang"_s});
    m_section->setUnit(binhAn);
    QCOMPARE(column(commended->model(), ExemplarModel::NominationStep),
             QStringList{u"put forward to Tỉnh Kiên Giang: proposed"_s});
    m_workspace->undoStack()->undo();
    QCOMPARE(column(commended->model(), ExemplarModel::NominationStep),
             QStringList{u"put forward to Huyện Châu Thành: selected"_s});

    // Renamed on the register page, the model is renamed in the section; undone, back.
    const auto whole = m_workspace->exemplarRegister();
    Exemplar renamed = *whole->exemplar(bridgeId);
    renamed.name = u"Mô hình “Dân vận khéo” xây cầu bê tông"_s;
    QVERIFY(m_workspace->edits().saveExemplar(*whole->exemplar(bridgeId), renamed));
    QCOMPARE(column(commended->model(), ExemplarModel::Name), QStringList{renamed.name});
    m_workspace->undoStack()->undo();
    QCOMPARE(column(commended->model(), ExemplarModel::Name), QStringList{bridge});

    // One added elsewhere for another unit does not enter the section; one for the unit does.
    Exemplar added;
    added.campaignId = m_workspace->campaignId();
    added.unitId = TestSupport::unitIdOf(database, u"30808"_s);
    added.recognisedBy = added.unitId;
    added.name = u"Hội quán phụ nữ"_s;
    QVERIFY(m_workspace->edits().saveExemplar(std::nullopt, added));
    QCOMPARE(held(), QStringList{bridge});
    added.unitId = binhAn;
    added.recognisedBy = binhAn;
    QVERIFY(m_workspace->edits().saveExemplar(std::nullopt, added));
    QCOMPARE(column(commended->model(), ExemplarModel::Name),
             (QStringList{u"Hội quán phụ nữ"_s, bridge}));
    m_workspace->undoStack()->undo();
    QCOMPARE(held(), QStringList{bridge});
}

void TestExemplars::removeAndUndoBringBackNominationsAndRewardLinks()
{
    Database &database = m_workspace->database();
    const qint64 id =
        addExemplar(u"Chi hội phụ nữ “5 không 3 sạch”"_s, Exemplar::Kind::Collective, u"30898"_s);
    QVERIFY(ExemplarRepository(database)
                .nominate(id, TestSupport::unitIdOf(m_workspace->database(), u"30898"_s))
                .ok());
    const auto forms =
        CatalogueRepository(database, CatalogueRepository::Catalogue::RewardForms).entries();
    QVERIFY(forms.ok());
    Reward reward;
    reward.campaignId = m_workspace->campaignId();
    reward.unitId = TestSupport::unitIdOf(m_workspace->database(), u"30898"_s);
    reward.formId = forms->first().id;
    reward.decisionNumber = u"12-QĐ/ĐU"_s;
    reward.recipients.append(
        {0, Exemplar::Kind::Collective, u"Chi hội phụ nữ ấp An Phú"_s, reward.unitId, id});
    const auto rewardId = RewardRepository(database).save(reward);
    QVERIFY2(rewardId.ok(), qPrintable(rewardId.error()));
    m_workspace->refresh(Workspace::everything());
    const QString before = dump();
    const auto linkedExemplar = [&database, &rewardId] {
        return RewardRepository(database).reward(*rewardId)->recipients.first().exemplarId;
    };
    QCOMPARE(linkedExemplar(), id);

    auto *table = find<QTableView>(m_view, u"exemplarTable"_s);
    QVERIFY(selectRow(table, ExemplarModel::Name, u"Chi hội phụ nữ “5 không 3 sạch”"_s));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(m_view, u"removeExemplarButton"_s), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"1 nomination"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(ExemplarRepository(database).nominations(m_workspace->campaignId())->isEmpty());
    QCOMPARE(linkedExemplar(), 0);
    // The reward keeps its recipient, without the link.
    QCOMPARE(RewardRepository(database).reward(*rewardId)->recipients.size(), 1);

    m_workspace->undoStack()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(ExemplarRepository(database).nominations(m_workspace->campaignId())->size(), 1);
    QCOMPARE(linkedExemplar(), id);
    m_workspace->undoStack()->redo();
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(linkedExemplar(), 0);
}

void TestExemplars::refusedInputs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("workdays");
    QTest::addColumn<QString>("invalidField");
    QTest::addColumn<QString>("message");
    Exemplar nameless;
    nameless.unitId = 1;
    QTest::newRow("empty name") << QString() << u"100.000"_s << u"3"_s << u"exemplarName"_s
                                << nameless.validate().error();
    QTest::newRow("money that is not an amount")
        << u"Tổ hòa giải"_s << u"abc"_s << QString() << u"exemplarMoney"_s
        << Money::parse(u"abc"_s).error();
    QTest::newRow("negative workdays")
        << u"Tổ hòa giải"_s << QString() << u"-3"_s << u"exemplarWorkdays"_s
        << u"“-3” is not a number of workdays; write a whole number, 0 or more."_s;
}

void TestExemplars::refusedInputs()
{
    QFETCH(QString, name);
    QFETCH(QString, money);
    QFETCH(QString, workdays);
    QFETCH(QString, invalidField);
    QFETCH(QString, message);
    const QString before = dump();
    Exemplar preset;
    preset.campaignId = m_workspace->campaignId();
    preset.unitId = TestSupport::unitIdOf(m_workspace->database(), u"30898"_s);
    ExemplarDialog dialog(*m_workspace, preset, m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const auto &[field, text] :
         {std::pair{u"exemplarName"_s, name}, std::pair{u"exemplarMoney"_s, money},
          std::pair{u"exemplarWorkdays"_s, workdays}}) {
        auto *edit = find<QLineEdit>(&dialog, field);
        edit->setFocus();
        typeText(edit, text);
    }
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    // Refused in place: the dialog stays open with the message beside the marked field.
    QVERIFY(dialog.isVisible());
    auto *label = find<QLabel>(&dialog, u"exemplarMessage"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), message);
    QVERIFY(FieldMark::isInvalid(find<QLineEdit>(&dialog, invalidField)));
    QCOMPARE(dump(), before);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

QTEST_MAIN(TestExemplars)
#include "tst_exemplars.moc"
