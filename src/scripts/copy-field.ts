// Progressive enhancement for the share panel: each Copy button copies its field's text. Without
// JavaScript (or without clipboard access) the buttons stay hidden and the fields remain selectable.
if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = document.getElementById(button.dataset['copy'] ?? '') as
      HTMLInputElement | HTMLTextAreaElement | null;
    if (!field) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        button.textContent = 'Copied';
      } catch {
        // No permission: select the text so the reader can copy it by hand.
        field.select();
        button.textContent = 'Select and copy';
      }
    });
  }
}
