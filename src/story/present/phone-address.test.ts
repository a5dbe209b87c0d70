import { describe, expect, it } from 'vitest';
import { addressReach, phoneAddress, shortAddress } from './phone-address.ts';

const at = (href: string) => {
  const url = new URL(href);
  return { protocol: url.protocol, host: url.host, pathname: url.pathname };
};

describe('phoneAddress(location, id)', () => {
  it('is the scrolling story at the step: no ?present, no ?speaker, no other query', () => {
    expect(phoneAddress(at('https://example.org/en/?present#gdp-break'), 'gdp-target')).toBe('https://example.org/en/#gdp-target');
    expect(phoneAddress(at('https://example.org/?speaker&lang=zh#x'), 'gdp-target')).toBe('https://example.org/#gdp-target');
    expect(phoneAddress(at('http://localhost:4173/en/index.html?present'), 'intro')).toBe('http://localhost:4173/en/index.html#intro');
  });
  it('keeps the offline copy’s file path', () => {
    expect(phoneAddress(at('file:///media/usb/kecheng-five-years-en.html?present#a'), 'gdp-break')).toBe(
      'file:///media/usb/kecheng-five-years-en.html#gdp-break',
    );
    expect(phoneAddress(at('file:///C:/Users/T%20L/kecheng-five-years-zh.html'), 'b')).toBe(
      'file:///C:/Users/T%20L/kecheng-five-years-zh.html#b',
    );
  });
  it('encodes the step id, and leaves out an empty one', () => {
    expect(phoneAddress(at('https://example.org/'), '开篇')).toBe('https://example.org/#%E5%BC%80%E7%AF%87');
    expect(phoneAddress(at('https://example.org/en/'), '')).toBe('https://example.org/en/');
  });
  it('is what the browser makes of the same parts', () => {
    const made = phoneAddress(at('https://example.org:8443/a/b/?present#z'), 'gdp-target');
    expect(new URL(made).href).toBe(made);
  });
});

describe('shortAddress(address)', () => {
  it('drops the web scheme, keeps host, path and step', () => {
    expect(shortAddress('https://example.org/en/#gdp-target')).toBe('example.org/en/#gdp-target');
    expect(shortAddress('http://192.168.1.20:4173/#intro')).toBe('192.168.1.20:4173/#intro');
  });
  it('keeps file:// (it says what the address is)', () => {
    expect(shortAddress('file:///media/usb/kecheng-five-years-en.html#a')).toBe('file:///media/usb/kecheng-five-years-en.html#a');
  });
});

describe('addressReach(address)', () => {
  it.each([
    ['https://example.org/en/#a', 'public'],
    ['https://kecheng.example.edu.cn/#a', 'public'],
    ['file:///media/usb/k.html#a', 'file'],
    ['http://localhost:4173/#a', 'computer'],
    ['http://127.0.0.1:4194/#a', 'computer'],
    ['http://[::1]:4173/#a', 'computer'],
    ['http://192.168.1.20:4173/#a', 'network'],
    ['http://10.0.0.5/#a', 'network'],
    ['http://172.20.1.1/#a', 'network'],
    ['http://teacher-pc.local:4173/#a', 'network'],
    ['http://teacher-pc:4173/#a', 'network'],
    ['http://172.32.1.1/#a', 'public'],
  ] as const)('%s → %s', (address, reach) => {
    expect(addressReach(address)).toBe(reach);
  });
});
