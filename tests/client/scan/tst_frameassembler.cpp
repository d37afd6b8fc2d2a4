// The scanner's raw frames to QImages (what real scanners send beyond the test backend: 16-bit
// samples, padded lines, three-pass colour) and the words scanners use for sources and modes.
#include "core/scan/DeviceVocabulary.h"
#include "core/scan/FrameAssembler.h"

#include <cstring>

#include <QtTest>

using namespace motcua::client;

namespace {

RawFrame frame(RawFrame::Format format, int depth, int width, int bytesPerLine, int lines)
{
    RawFrame f;
    f.format = format;
    f.depth = depth;
    f.pixelsPerLine = width;
    f.bytesPerLine = bytesPerLine;
    f.lines = lines;
    f.data = QByteArray(qsizetype(bytesPerLine) * lines, '\x7f'); // padding stays 0x7f
    return f;
}

void put16(RawFrame& f, int line, int sample, quint16 value)
{
    std::memcpy(f.data.data() + qsizetype(line) * f.bytesPerLine + 2 * sample, &value, 2);
}

} // namespace

class TstFrameAssembler : public QObject {
    Q_OBJECT
private slots:
    void greyWithPaddedLines()
    {
        RawFrame f = frame(RawFrame::Format::Gray, 8, 3, 8, 2); // 5 bytes of padding per line
        f.data[0] = char(0);
        f.data[1] = char(128);
        f.data[2] = char(255);
        f.data[8] = char(10);
        QImage image;
        QCOMPARE(FrameAssembler::toImage({f}, &image), ScanStatus::Ok);
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(image.size(), QSize(3, 2));
        QCOMPARE(qGray(image.pixel(1, 0)), 128);
        QCOMPARE(qGray(image.pixel(2, 0)), 255);
        QCOMPARE(qGray(image.pixel(0, 1)), 10);
    }

    void sixteenBitsKeepTheHighByte()
    {
        RawFrame g = frame(RawFrame::Format::Gray, 16, 2, 4, 1);
        put16(g, 0, 0, 0xABCD);
        put16(g, 0, 1, 0x00FF);
        QImage grey;
        QCOMPARE(FrameAssembler::toImage({g}, &grey), ScanStatus::Ok);
        QCOMPARE(qGray(grey.pixel(0, 0)), 0xAB);
        QCOMPARE(qGray(grey.pixel(1, 0)), 0x00);

        RawFrame c = frame(RawFrame::Format::Rgb, 16, 1, 6, 1);
        put16(c, 0, 0, 0xFF00);
        put16(c, 0, 1, 0x8000);
        put16(c, 0, 2, 0x0100);
        QImage colour;
        QCOMPARE(FrameAssembler::toImage({c}, &colour), ScanStatus::Ok);
        QCOMPARE(colour.format(), QImage::Format_RGB888);
        QCOMPARE(colour.pixel(0, 0), qRgb(0xFF, 0x80, 0x01));
    }

    void lineArtOneIsBlack()
    {
        RawFrame f = frame(RawFrame::Format::Gray, 1, 10, 2, 1);
        f.data[0] = char(0x80); // first pixel black
        f.data[1] = char(0x00);
        QImage image;
        QCOMPARE(FrameAssembler::toImage({f}, &image), ScanStatus::Ok);
        QCOMPARE(image.format(), QImage::Format_Mono);
        QCOMPARE(qGray(image.pixel(0, 0)), 0);
        QCOMPARE(qGray(image.pixel(1, 0)), 255);
        QCOMPARE(qGray(image.pixel(9, 0)), 255);
    }

    void threePassInAnyOrder()
    {
        QList<RawFrame> frames;
        const RawFrame::Format order[] = {RawFrame::Format::Blue, RawFrame::Format::Red,
                                          RawFrame::Format::Green};
        const char value[] = {30, 10, 20};
        for (int i = 0; i < 3; ++i) {
            RawFrame f = frame(order[i], 8, 2, 2, 1);
            f.data.fill(value[i]);
            frames << f;
        }
        QImage image;
        QCOMPARE(FrameAssembler::toImage(frames, &image), ScanStatus::Ok);
        QCOMPARE(image.pixel(1, 0), qRgb(10, 20, 30));
        frames[2].format = RawFrame::Format::Blue; // two blue frames
        QCOMPARE(FrameAssembler::toImage(frames, &image), ScanStatus::UnsupportedFormat);
    }

    void whatCannotBeRead()
    {
        QImage image;
        QCOMPARE(FrameAssembler::toImage({frame(RawFrame::Format::Rgb, 1, 8, 3, 1)}, &image),
                 ScanStatus::UnsupportedFormat);
        QCOMPARE(FrameAssembler::toImage({frame(RawFrame::Format::Gray, 8, 10, 5, 1)}, &image),
                 ScanStatus::UnsupportedFormat); // lines shorter than their pixels
        RawFrame cut = frame(RawFrame::Format::Gray, 8, 4, 4, 4);
        cut.data.chop(1);
        QCOMPARE(FrameAssembler::toImage({cut}, &image), ScanStatus::IncompletePage);
        QCOMPARE(FrameAssembler::toImage({}, &image), ScanStatus::IncompletePage);
        QVERIFY(image.isNull());
    }

    void sourceWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind"); // -1 = not offered
        QTest::newRow("flatbed") << "Flatbed" << int(ScanSource::Flatbed);
        QTest::newRow("epson") << "Document Table" << int(ScanSource::Flatbed);
        QTest::newRow("adf") << "ADF" << int(ScanSource::Feeder);
        QTest::newRow("test") << "Automatic Document Feeder" << int(ScanSource::Feeder);
        QTest::newRow("adf front") << "ADF Front" << int(ScanSource::Feeder);
        QTest::newRow("adf duplex") << "ADF Duplex" << int(ScanSource::Duplex);
        QTest::newRow("adf back") << "ADF Back" << -1;
        QTest::newRow("film") << "Transparency Unit" << -1;
    }
    void sourceWords()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const auto k = DeviceVocabulary::sourceKind(name);
        QCOMPARE(k ? int(*k) : -1, kind);
    }

    void modeWords()
    {
        using K = DeviceVocabulary::ModeKind;
        QCOMPARE(DeviceVocabulary::modeKind(QStringLiteral("Color")), K::Color);
        QCOMPARE(DeviceVocabulary::modeKind(QStringLiteral("24bit Color")), K::Color);
        QCOMPARE(DeviceVocabulary::modeKind(QStringLiteral("Gray")), K::Gray);
        QCOMPARE(DeviceVocabulary::modeKind(QStringLiteral("Lineart")), K::Lineart);
        QCOMPARE(DeviceVocabulary::modeKind(QStringLiteral("Black & White")), K::Lineart);
        QCOMPARE(DeviceVocabulary::modeKind(QStringLiteral("Binary")), K::Lineart);
        QCOMPARE(DeviceVocabulary::modeKind(QStringLiteral("Halftone")), K::Halftone);
        const QStringList modes{QStringLiteral("Halftone"), QStringLiteral("Gray"),
                                QStringLiteral("Color")};
        QCOMPARE(DeviceVocabulary::firstMode(modes, K::Gray), QStringLiteral("Gray"));
        QVERIFY(DeviceVocabulary::firstMode(modes, K::Lineart).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstFrameAssembler)
#include "tst_frameassembler.moc"
