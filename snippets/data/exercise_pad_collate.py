import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

samples = [torch.tensor([5, 8, 2]), torch.tensor([7, 1]), torch.tensor([4])]


def pad_collate(batch):
    # Pad every sequence with 0 up to the longest one, and keep the lengths.
    lengths = torch.tensor([len(s) for s in batch])
    return pad_sequence(batch, batch_first=True, padding_value=0), lengths


loader = DataLoader(samples, batch_size=3, collate_fn=pad_collate)
padded, lengths = next(iter(loader))
print("padded shape:", tuple(padded.shape))
print("padded =")
print(padded)
print("lengths:", lengths)
