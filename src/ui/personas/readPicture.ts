import { MAX_PERSONA_PICTURE_BYTES } from '../../model';
import { t } from '../../i18n/t';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/** A picture file as the data: URL a persona keeps, or the message that says why not. */
export async function readPicture(
  file: File,
): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  if (!IMAGE_TYPES.includes(file.type))
    return { ok: false, message: t('personas.pictureNotImage', { file: file.name }) };
  if (file.size > MAX_PERSONA_PICTURE_BYTES)
    return {
      ok: false,
      message: t('personas.pictureTooLarge', {
        file: file.name,
        max: MAX_PERSONA_PICTURE_BYTES / 1024,
      }),
    };
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
  return { ok: true, url };
}
