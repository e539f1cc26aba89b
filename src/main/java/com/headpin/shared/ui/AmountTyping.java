package com.headpin.shared.ui;

/**
 * The browser's part of {@link AmountField}: while the user types or pastes, the text is rewritten with thousands
 * separators (full-width digits and punctuation made plain, a pasted ¥ dropped: the field shows one before it) and
 * the caret stays after the same digit; deleting a separator deletes the digit beside it. Text that is no amount is
 * left as typed (the server says so at the field). In Chinese the amount in 万 shows below the field at once. No
 * round trip per key: the server reads the text when the field's value is sent.
 */
final class AmountTyping {

    private static final String SCRIPT = """
            const field = this;
            field.__amountChinese = $0;
            if (field.__amountTyping) {
              return;
            }
            field.__amountTyping = true;
            const input = field.inputElement;
            input.setAttribute('inputmode', 'decimal');
            const ascii = text => text
              .replace(/[\\uFF10-\\uFF19]/g, d => String.fromCharCode(d.charCodeAt(0) - 0xFEE0))
              .replace(/[\\uFF0E\\u3002]/g, '.').replace(/\\uFF0C/g, ',')
              .replace(/\\uFF0B/g, '+').replace(/\\uFF0D/g, '-');
            const plain = text => ascii(text).replace(/[,\\s\\u00A5\\uFFE5]/g, '');
            const significant = c => /[0-9.+-]/.test(ascii(c));
            const grouped = text => {
              const parts = /^([+-]?)(\\d*)(\\.\\d*)?$/.exec(plain(text));
              if (!parts || plain(text) === '') {
                return null;
              }
              return parts[1] + parts[2].replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',') + (parts[3] || '');
            };
            const hint = () => {
              if (!field.__amountChinese) {
                return;
              }
              const typed = plain(input.value);
              const amount = Number(typed);
              if (typed === '') {
                field.helperText = field._amountHint || '';
              } else if (/^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$/.test(typed) && amount >= 0 && amount < 1e12) {
                const wan = amount < 10000 ? String(amount) + '元'
                  : (amount / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + '万';
                field.helperText = field._amountHint ? wan + ' · ' + field._amountHint : wan;
              }
            };
            let before = input.value;
            input.addEventListener('beforeinput', () => {
              before = input.value;
            });
            const reformat = inputType => {
              let text = input.value;
              let caret = input.selectionStart === null ? text.length : input.selectionStart;
              const deleting = inputType === 'deleteContentBackward' || inputType === 'deleteContentForward';
              if (deleting && text !== before && plain(text) === plain(before)) {
                // Only a separator went: the key meant the digit beside it.
                const at = inputType === 'deleteContentBackward' ? caret - 1 : caret;
                if (at >= 0 && at < text.length && /[0-9]/.test(ascii(text[at]))) {
                  text = text.slice(0, at) + text.slice(at + 1);
                  caret = at;
                }
              }
              const formatted = grouped(text);
              if (formatted !== null && formatted !== input.value) {
                let digits = 0;
                for (let i = 0; i < caret; i++) {
                  digits += significant(text[i]) ? 1 : 0;
                }
                let position = 0;
                while (position < formatted.length && digits > 0) {
                  digits -= significant(formatted[position]) ? 1 : 0;
                  position++;
                }
                field.value = formatted;
                input.value = formatted;
                input.setSelectionRange(position, position);
              }
              before = input.value;
              hint();
            };
            input.addEventListener('input', event => {
              if (!event.isComposing) {
                reformat(event.inputType);
              }
            });
            input.addEventListener('compositionend', () => reformat('insertCompositionText'));
            """;

    private AmountTyping() {
    }

    static void install(AmountField field, boolean chinese) {
        field.getElement().executeJs(SCRIPT, chinese);
    }
}
