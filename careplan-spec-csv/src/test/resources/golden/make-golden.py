#!/usr/bin/env python3
"""Writes the golden interface files by hand (not with the library): every cell quoted as the spec's dialect says
(free text always "..." with "" escapes, other items bare), CRLF, encoded with Python's cp932 codec (= MS932).
Also writes <file>.expected: one line per non-empty item, 'record<TAB>No<TAB>value' with \\r \\n \\\\ escaped.
Run from this folder: python3 make-golden.py"""

LAYOUT = {  # kind: (item count, free-text item numbers) -- from the catalog, checked by the test
    'UP1KYO': (28, [6, 7, 8, 9, 11, 12, 22, 23, 24, 26]),
    'UP2KYO': (22, [7, 9, 10, 11, 12, 14, 16, 18, 19, 20]),
    'UPPLAN': (25, [7, 18, 21]),
    'UPSIKYU': (37, [6, 12]),
    'UPHOSOKU': (63, [5, 6, 10, 11]),
    'UPKIHON': (71, [7, 9, 13, 14, 15, 18, 33, 41, 42, 43, 45, 46, 47, 48, 50, 51, 52, 54, 55, 56, 58, 59, 60, 62,
                     63, 64, 65, 66, 67, 68, 69, 71]),
    'UPYOBO_SUB': (17, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]),
}
TRICKY = '髙橋ｹｱﾌﾟﾗﾝ①の"方針"、\r\n２行目'   # line break, "", half-width katakana, ①, 髙 (IBM ext., FB FC)
KEY = {1: '202407', 2: '131016', 3: '1234567890'}
KEY2 = {1: '202407', 2: '131016', 3: 'H123456789'}

ROWS = {
    'UP1KYO': [
        {**KEY, 4: '20241001', 5: '100-0001', 6: '東京都千代田区１－１', 8: '髙橋 ｹｱ子', 9: 'さくら居宅介護支援事業所①',
         13: '1310100001', 14: '20241001', 15: '20230401', 16: '21', 17: '1', 18: '20240901', 19: '20241001',
         20: '20250930', 21: '22', 22: TRICKY, 24: '自宅での生活を続ける、通所と訪問で。', 25: '1', 26: 'その他,理由'},
        {**KEY2, 4: '20241101', 8: 'ｹｱ 太郎', 9: '事業所②', 13: '1310100001', 14: '20241101', 15: '20241101',
         16: '11', 24: '""'},
    ],
    'UP2KYO': [
        {**KEY, 4: '20241001', 5: '20241001', 6: '1', 7: TRICKY, 8: '1', 9: '長期目標', 10: '短期目標',
         11: '2024/10～2025/3', 12: '2024/10～2024/12', 13: '1', 14: 'サービス内容\r\n"入浴"介助', 15: 'Y',
         16: '訪問介護', 17: '1310100002', 18: 'ﾍﾙﾊﾟｰｽﾃｰｼｮﾝ①', 19: '週2回', 20: '2024/10～2025/3'},
        {**KEY, 4: '20241001', 5: '20241001', 6: '1', 8: '1', 13: '2', 14: '見守り', 15: 'Y'},
    ],
    'UPPLAN': [
        {**KEY, 4: '20241001', 5: '202410', 6: '1310100001', 7: '髙橋 ｹｱ子', 8: '394', 10: '20241001',
         12: '0930', 13: '1030', 14: '1', 15: '111211', 20: '1310100002', 21: TRICKY, 23: '1'},
        {**KEY, 4: '20241001', 5: '202410', 6: '1310100001', 8: '394', 10: '20241008', 12: '9999', 13: '9999',
         14: '1', 15: '111211', 20: '1310100002', 21: 'ﾍﾙﾊﾟｰｽﾃｰｼｮﾝ①', 23: '1'},
    ],
    'UPSIKYU': [
        {**KEY, 4: '20241001', 5: '202410', 6: 'ﾍﾙﾊﾟｰｽﾃｰｼｮﾝ①', 7: '1310100002', 9: '111211', 12: TRICKY, 13: '394',
         16: '4', 18: '1576', 19: '0', 20: '1576', 21: '0', 22: '1576', 23: '11.40', 24: '17966', 25: '90',
         26: '16169', 28: '1797', 29: '0', 33: '1'},
        {**KEY, 4: '20241001', 5: '202410', 7: '1310100002', 9: '11Z001', 13: '1576', 16: '1', 33: '1'},
    ],
    'UPHOSOKU': [
        {**KEY, 4: '20241001', 5: 'ﾀｶﾊｼ ﾊﾅｺ', 6: '髙橋 花子', 7: '2', 8: '19400101', 9: '100-0001',
         10: '東京都千代田区１－１', 11: TRICKY, 12: '03-1234-5678', 13: '20240901', 14: '20241001', 15: '20250930',
         16: '1', 18: '22', 19: '19705', 20: '11', 21: '19705', 22: '1576', 23: '0', 56: '0', 59: '21', 63: '000000'},
        {**KEY2, 4: '00000000', 5: 'ｹｱ ﾀﾛｳ', 6: 'ケア 太郎', 7: '1', 8: '19450505', 63: '202410'},
    ],
    'UPKIHON': [
        {**KEY, 4: '20241001', 5: '1', 6: '1', 7: '髙橋 ｹｱ子', 8: '01', 10: '01', 12: '01', 14: 'ﾀｶﾊｼ ﾊﾅｺ',
         15: '髙橋 花子', 16: '2', 17: '19400101', 18: '東京都①"A"棟\r\n101号', 19: '03-1234-5678',
         46: '髙橋 一郎', 47: '長男', 49: '090-1234-5678',
         62: 'UPKIHON_IMAGE_1310100001_43_1310100002_11_20241001120000_0001.jpg', 63: TRICKY, 70: '20241001',
         71: '髙橋 花子'},
        {**KEY2, 4: '20241101', 5: '1', 14: 'ｹｱ ﾀﾛｳ', 15: 'ケア 太郎', 16: '1', 17: '19450505'},
    ],
    'UPYOBO_SUB': [
        {**KEY, 4: '20241001', 5: '1', 6: TRICKY, 7: '目標と具体策', 8: '本人：ｹｱﾌﾟﾗﾝに同意', 9: '目標①', 10: '1',
         11: 'ポイント', 12: 'セルフケア', 13: '通所型サービス', 14: '1', 15: '通所型', 16: '髙橋ﾃﾞｲｻｰﾋﾞｽ',
         17: '2024/10～2025/3'},
        {**KEY, 4: '20241001', 5: '1', 10: '1', 14: '2', 15: '訪問型', 16: '事業所②', 17: '2024/10～2025/3'},
    ],
}


def cell(value, free):
    if free:
        return '"' + value.replace('"', '""') + '"'
    assert not any(c in value for c in ',"\r\n'), value
    return value


def encode(text):
    # Python's cp932 writes 髙 in the NEC-selected form EE E0; Java's MS932 (our writer) uses the IBM form FB FC.
    # Both decode to U+9AD9; the golden files hold the form the writer emits, so they round-trip byte for byte.
    return text.replace('髙', '\0').encode('cp932').replace(b'\0', b'\xfb\xfc')


def esc(v):
    return v.replace('\\', '\\\\').replace('\r', '\\r').replace('\n', '\\n').replace('\t', '\\t')


for kind, rows in ROWS.items():
    count, free = LAYOUT[kind]
    lines, expected = [], []
    for i, row in enumerate(rows, 1):
        row = {no: ('' if v == '""' else v) for no, v in row.items()}
        assert max(row) <= count, kind
        lines.append(','.join(cell(row.get(no, ''), no in free) for no in range(1, count + 1)) + '\r\n')
        expected += [f'{i}\t{no}\t{esc(v)}\n' for no, v in sorted(row.items()) if v]
    with open(kind + '.CSV', 'wb') as f:
        f.write(encode(''.join(lines)))
    with open(kind + '.expected', 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(expected))
