// OutputFile, the one way Custodian writes a file for a person or another program (docs/security-notes.md, "Files
// Custodian writes"): never through a symbolic link — dangling or not, planted before the write or while it runs —,
// 0600 whatever the umask, an existing file replaced only when asked and only if it is a regular file, nothing under
// the final name before commit() and nothing left behind by a failure, and the resolved path for audit entries.
#include "crypto/OutputFile.h"
#include "crypto/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace custodian;

namespace {
QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

mode_t modeOf(const QString& path)
{
    struct stat status
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}
} // namespace

class OutputFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesAPrivateFileOnlyAtCommit();
    void refusesAnExistingFileUnlessReplacing();
    void neverWritesThroughASymbolicLink_data();
    void neverWritesThroughASymbolicLink();
    void refusesWhatIsNotARegularFile();
    void aLinkPlantedDuringTheWriteIsRefused();
    void aFileThatAppearedDuringTheWriteIsKept();
    void uncommittedLeavesNothing();
    void resolvedPathNamesTheRealFolder();
    void withdrawRemovesTheCommittedFile();
    void privateFileNeverReplaces();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // Every name in the folder, hidden ones included: no temporary file may stay behind.
    QStringList names() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void OutputFileTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void OutputFileTest::writesAPrivateFileOnlyAtCommit()
{
    const mode_t previous = ::umask(0);
    auto file = OutputFile::create(path(QStringLiteral("report.csv")), OutputFile::Existing::Refuse);
    ::umask(previous);
    QVERIFY2(file, file ? "" : qPrintable(file.error().message()));
    QVERIFY((*file)->device()->write("a,b\r\n") == 5);
    QVERIFY2(!QFileInfo::exists(path(QStringLiteral("report.csv"))), "visible before commit");
    const Status committed = (*file)->commit();
    QVERIFY2(committed, committed ? "" : qPrintable(committed.error().message()));
    QCOMPARE(contentsOf(path(QStringLiteral("report.csv"))), QByteArrayLiteral("a,b\r\n"));
    QCOMPARE(modeOf(path(QStringLiteral("report.csv"))), mode_t(0600));
    QCOMPARE(names(), QStringList { QStringLiteral("report.csv") });
}

void OutputFileTest::refusesAnExistingFileUnlessReplacing()
{
    const QString target = path(QStringLiteral("existing.csv"));
    QVERIFY(writeFile(target, "keep me"));
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
    const Status refused = OutputFile::write(target, "new", OutputFile::Existing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Error::Code::AlreadyExists);
    QVERIFY2(refused.error().message().contains(QLatin1String("--force")), qPrintable(refused.error().message()));
    QCOMPARE(contentsOf(target), QByteArrayLiteral("keep me"));

    const Status replaced = OutputFile::write(target, "new", OutputFile::Existing::Replace);
    QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().message()));
    QCOMPARE(contentsOf(target), QByteArrayLiteral("new"));
    QCOMPARE(modeOf(target), mode_t(0600)); // the replacement is private too, whatever the old file's mode was
    QCOMPARE(names(), QStringList { QStringLiteral("existing.csv") });
}

void OutputFileTest::neverWritesThroughASymbolicLink_data()
{
    QTest::addColumn<bool>("dangling");
    QTest::addColumn<bool>("replace");
    QTest::newRow("link to a file") << false << false;
    QTest::newRow("link to a file, replacing") << false << true;
    QTest::newRow("dangling link") << true << false;
    QTest::newRow("dangling link, replacing") << true << true;
}

void OutputFileTest::neverWritesThroughASymbolicLink()
{
    QFETCH(bool, dangling);
    QFETCH(bool, replace);
    const QString target = path(QStringLiteral("victim"));
    if (!dangling)
        QVERIFY(writeFile(target, "precious"));
    const QString link = path(QStringLiteral("export.csv"));
    QVERIFY(QFile::link(target, link));
    const Status refused = OutputFile::write(link, "attacker's choice",
                                             replace ? OutputFile::Existing::Replace : OutputFile::Existing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Error::Code::InvalidArgument);
    QVERIFY2(refused.error().message().contains(QLatin1String("symbolic link")), qPrintable(refused.error().message()));
    if (dangling)
        QVERIFY(!QFileInfo::exists(target));
    else
        QCOMPARE(contentsOf(target), QByteArrayLiteral("precious"));
    QVERIFY(QFileInfo(link).isSymLink());
}

void OutputFileTest::refusesWhatIsNotARegularFile()
{
    const QString fifo = path(QStringLiteral("pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const Status refused = OutputFile::write(fifo, "x", OutputFile::Existing::Replace);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QLatin1String("not a regular file")),
             qPrintable(refused.error().message()));
    QVERIFY(QDir().mkdir(path(QStringLiteral("folder"))));
    QVERIFY(!OutputFile::write(path(QStringLiteral("folder")), "x", OutputFile::Existing::Replace));
    QVERIFY(!OutputFile::write(path(QStringLiteral("missing/x.csv")), "x", OutputFile::Existing::Refuse));
}

void OutputFileTest::aLinkPlantedDuringTheWriteIsRefused()
{
    // The link appears after the checks of create(), while the contents are being written.
    for (const OutputFile::Existing existing : { OutputFile::Existing::Refuse, OutputFile::Existing::Replace }) {
        const QString target = path(QStringLiteral("victim"));
        QVERIFY(writeFile(target, "precious"));
        const QString name = path(QStringLiteral("late.csv"));
        auto file = OutputFile::create(name, existing);
        QVERIFY(file);
        QVERIFY((*file)->device()->write("contents") == 8);
        QVERIFY(QFile::link(target, name));
        const Status committed = (*file)->commit();
        QVERIFY(!committed);
        QCOMPARE(contentsOf(target), QByteArrayLiteral("precious"));
        QVERIFY(QFileInfo(name).isSymLink());
        QCOMPARE(names(), (QStringList { QStringLiteral("late.csv"), QStringLiteral("victim") }));
        QVERIFY(QFile::remove(name));
        QVERIFY(QFile::remove(target));
    }
}

void OutputFileTest::aFileThatAppearedDuringTheWriteIsKept()
{
    const QString name = path(QStringLiteral("race.csv"));
    auto file = OutputFile::create(name, OutputFile::Existing::Refuse);
    QVERIFY(file);
    QVERIFY((*file)->device()->write("mine") == 4);
    QVERIFY(writeFile(name, "theirs"));
    const Status committed = (*file)->commit();
    QVERIFY(!committed);
    QCOMPARE(committed.error().code(), Error::Code::AlreadyExists);
    QCOMPARE(contentsOf(name), QByteArrayLiteral("theirs"));
    QCOMPARE(names(), QStringList { QStringLiteral("race.csv") });
}

void OutputFileTest::uncommittedLeavesNothing()
{
    {
        auto file = OutputFile::create(path(QStringLiteral("cancelled.pdf")), OutputFile::Existing::Refuse);
        QVERIFY(file);
        QVERIFY((*file)->device()->write("half a file") > 0);
        // The temporary file is unnamed (O_TMPFILE) or hidden: never under the final name.
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("cancelled.pdf"))));
        for (const QString& name : names())
            QVERIFY2(name.startsWith(QLatin1Char('.')), qPrintable(name));
    }
    QVERIFY2(names().isEmpty(), qPrintable(names().join(QLatin1Char(' '))));
}

void OutputFileTest::resolvedPathNamesTheRealFolder()
{
    QVERIFY(QDir().mkdir(path(QStringLiteral("real"))));
    QVERIFY(QFile::link(path(QStringLiteral("real")), path(QStringLiteral("via"))));
    auto file = OutputFile::create(path(QStringLiteral("via/out.csv")), OutputFile::Existing::Refuse);
    QVERIFY(file);
    const QString expected = QFileInfo(path(QStringLiteral("real"))).canonicalFilePath() + QStringLiteral("/out.csv");
    QCOMPARE((*file)->resolvedPath(), expected);
    QVERIFY((*file)->commit());
    QVERIFY(QFileInfo::exists(expected));
    auto checked = OutputFile::preflight(path(QStringLiteral("via/other.csv")), OutputFile::Existing::Refuse);
    QVERIFY(checked);
    QCOMPARE(*checked, QFileInfo(path(QStringLiteral("real"))).canonicalFilePath() + QStringLiteral("/other.csv"));
}

void OutputFileTest::withdrawRemovesTheCommittedFile()
{
    auto file = OutputFile::create(path(QStringLiteral("unaudited.csv")), OutputFile::Existing::Refuse);
    QVERIFY(file);
    QVERIFY((*file)->commit());
    QVERIFY(QFileInfo::exists(path(QStringLiteral("unaudited.csv"))));
    (*file)->withdraw();
    QVERIFY(names().isEmpty());
}

void OutputFileTest::privateFileNeverReplaces()
{
    const QString token = path(QStringLiteral("a.token"));
    QVERIFY(PrivateFile::write(token, "secret\n"));
    QCOMPARE(modeOf(token), mode_t(0600));
    const Status again = PrivateFile::write(token, "other\n");
    QVERIFY(!again);
    QCOMPARE(again.error().code(), Error::Code::AlreadyExists);
    QCOMPARE(contentsOf(token), QByteArrayLiteral("secret\n"));
    QVERIFY(QFile::link(path(QStringLiteral("elsewhere")), path(QStringLiteral("b.token"))));
    QVERIFY(!PrivateFile::write(path(QStringLiteral("b.token")), "secret\n"));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("elsewhere"))));
}

QTEST_GUILESS_MAIN(OutputFileTest)
#include "OutputFileTest.moc"
