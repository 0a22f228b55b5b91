#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drafts the unfinished zh_TW messages from their reviewed zh_CN translations.

    translations/tools/draft-zh_TW.py [--finished]

For every message that is unfinished in indicator-manager_zh_TW.ts and finished in indicator-manager_zh_CN.ts,
the zh_CN text goes through OpenCC (s2twp: Taiwan characters and phrases, Debian package "opencc") and then
through the zh-TW glossary words below (translations/GLOSSARY.md). The drafts stay marked unfinished, so a
reviewer accepts each one in Linguist; --finished marks them done (only after reading them all).

zh-TW is not a character conversion of zh-CN: the terms below are the words Microsoft's zh-TW Defender
documentation uses, and Taiwan calls a table row 列 and a column 欄 (the mainland: 行 and 列).
"""
import html
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CN = HERE / 'indicator-manager_zh_CN.ts'
TW = HERE / 'indicator-manager_zh_TW.ts'

# Replaced in this order after OpenCC. Glossary terms first, then Taiwan's own words for UI terms.
TERMS = [
    ('指示器管理器', '指標管理器'), ('指示器', '指標'), ('活動指標', '作用中指標'),
    ('操作', '動作'), ('生成警報', '產生警示'), ('警報', '警示'), ('生成', '產生'),
    ('證書', '憑證'), ('裝置組', '裝置群組'), ('租戶', '租用戶'), ('過期', '到期'), ('客戶端', '用戶端'),
    ('應用程式(用戶端) ID', '應用程式 (用戶端) 識別碼'), ('目錄(租用戶) ID', '目錄 (租用戶) 識別碼'),
    ('租用戶 ID', '租用戶識別碼'), ('用戶端 ID', '用戶端識別碼'),
    ('憑據管理器', '認證管理員'), ('系統憑據儲存', '系統認證存放區'), ('憑據', '認證'),
    ('鑰匙串訪問', '鑰匙圈存取'), ('鑰匙串', '鑰匙圈'), ('金鑰環', '鑰匙圈'),
    ('門戶', '入口網站'), ('終結點', '端點'), ('令牌', '權杖'), ('配置檔案', '設定檔'), ('訪問', '存取'),
    ('應用註冊', '應用程式註冊'), ('許可權', '權限'), ('程式碼', '代碼'), ('型別', '類型'),
    ('單元格', '儲存格'), ('撤消', '復原'), ('響應', '回應'), ('當前', '目前'), ('軟體包', '套件'),
    ('地址', '位址'), ('頂級域', '頂層網域'), ('子域', '子網域'), ('域名', '網域名稱'),
    ('高階', '進階'), ('Microsoft Defender for Endpoint', '適用於端點的 Microsoft Defender'),
    ('獲取', '取得'), ('批大小', '批次大小'), ('對映', '對應'), ('列表', '清單'),
    ('說明原因', '@EXPLAIN@'), ('說明', '描述'), ('@EXPLAIN@', '說明原因'), ('單擊', '按一下'), ('雙擊', '按兩下'),
]
# Words holding 列 or 行 that are neither a row nor a column.
KEEP = ['陣列', '列表', '列出', '列印', '執行', '運行', '進行', '換行', '命令列']
AFTER = [
    ('認證儲存', '認證存放區'), ('（一列）', '（一行）'), ('第一列列印', '第一行列印'), ('每列一個，', '每行一個，'),
    ('退出代碼', '結束代碼'), ('幫助', '說明'), ('演示', '示範'), ('本地', '本機'), ('網網域', '網域'),
    ('配置檔', '設定檔'), ('識別碼 或', '識別碼或'), ('十六進位制', '十六進位'), ('八進位制', '八進位'),
    ('計算機', '電腦'), ('總線', '匯流排'), ('返回', '傳回'), ('協議', '通訊協定'),
    ('“', '「'), ('”', '」'), ('‘', '『'), ('’', '』'),
    ('工具欄', '工具列'), ('查詢', '尋找'), ('自定義', '自訂'), ('許可證', '授權條款'), ('構建', '建置'),
    ('Qt 庫', 'Qt 程式庫'), ('運行於', '執行於'), ('應用：', '應用程式：'), ('模板', '範本'), ('丟失', '遺失'),
    ('恢復', '復原'), ('更改', '變更'), ('新建', '新增'), ('退出(', '結束('), ('製表符', '定位字元'),
    ('分隔符', '分隔符號'), ('分隔符號號', '分隔符號'), ('識別碼 是', '識別碼是'), ('日誌', '記錄'), ('發送', '傳送'),
    ('匹配', '比對'), ('選定的項', '選定的項目'), ('替換', '取代'),
]


def taiwan_terms(text, source):
    text = text.replace('區域', '@REGION@')
    text = re.sub(r'(?<![網領])域', '網域', text).replace('@REGION@', '區域')
    for old, new in TERMS:
        text = text.replace(old, new)
    for i, word in enumerate(KEEP):
        text = text.replace(word, '@K%d@' % i)
    text = text.replace('列', '欄').replace('行', '列')
    for i, word in enumerate(KEEP):
        text = text.replace('@K%d@' % i, word)
    for old, new in AFTER:
        text = text.replace(old, new)
    text = re.sub(r'應用(?!程式)', '套用', text)  # "apply"; 應用程式 is an application
    text = re.sub(r'^項$', '項目', text)
    text = re.sub(r'(?<=[\u4e00-\u9fff、，]) 適用於端點的', '適用於端點的', text)  # no space inside a Chinese phrase
    # A line of a file is 行 in Taiwan too; only table rows are 列.
    if re.search(r'\bline\b', source, re.I) and not re.search(r'\brows?\b', source, re.I):
        text = re.sub(r'(第 ?%\d ?)列', r'\1行', text)
    return text


def opencc(texts):
    sep = '\n@@@\n'
    out = subprocess.run(['opencc', '-c', 's2twp.json'], input=sep.join(texts), capture_output=True,
                         text=True, check=True).stdout.split(sep)
    assert len(out) == len(texts)
    return out


MESSAGE = re.compile(r'<message[^>]*>.*?</message>', re.S)
FORM = re.compile(r'<(translation|numerusform)>([^<]*)</\1>')


def key(context, message):
    source = re.search(r'<source>(.*?)</source>', message, re.S).group(1)
    comment = re.search(r'<comment>(.*?)</comment>', message, re.S)
    return context, source, comment.group(1) if comment else None


def messages(ts):
    for block in re.split(r'(?=<context>)', ts):
        name = re.search(r'<name>(.*?)</name>', block)
        for m in MESSAGE.finditer(block):
            yield name.group(1) if name else '', m.group(0)


def main():
    finished = '--finished' in sys.argv[1:]
    reviewed = {key(c, m): m for c, m in messages(CN.read_text(encoding='utf-8')) if 'type="unfinished"' not in m}
    tw = TW.read_text(encoding='utf-8')
    drafts = {}
    for context, m in messages(tw):
        k = key(context, m)
        if 'type="unfinished"' in m and k in reviewed:
            drafts[k] = reviewed[k]
    keys = list(drafts)
    forms = [[html.unescape(f.group(2)) for f in FORM.finditer(drafts[k])] for k in keys]
    flat = opencc([f for fs in forms for f in fs]) if keys else []
    it = iter(flat)
    done = 0
    out = []
    for block in re.split(r'(?=<context>)', tw):
        name = re.search(r'<name>(.*?)</name>', block)
        context = name.group(1) if name else ''

        def draft(m):
            nonlocal done
            msg = m.group(0)
            k = key(context, msg)
            if k not in drafts:
                return msg
            src = html.unescape(k[1])
            texts = [html.escape(taiwan_terms(next(it), src), quote=False) for _ in forms[keys.index(k)]]
            state = '' if finished else ' type="unfinished"'
            if 'numerus="yes"' in msg:
                body = ''.join('\n            <numerusform>%s</numerusform>' % t for t in texts) + '\n        '
            else:
                body = texts[0]
            done += 1
            return re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>',
                          lambda _: '<translation%s>%s</translation>' % (state, body), msg, flags=re.S)

        out.append(MESSAGE.sub(draft, block))
    TW.write_text(''.join(out), encoding='utf-8')
    print('%d zh_TW message(s) drafted%s' % (done, '' if finished else '; review them in Linguist'))


if __name__ == '__main__':
    main()
