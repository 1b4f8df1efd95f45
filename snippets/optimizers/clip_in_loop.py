import torch
from torch.nn import functional as F
from torch.nn.utils import clip_grad_norm_

torch.manual_seed(0)
x = torch.randn(64, 3) * 3
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])


def train(clip):
    torch.manual_seed(1)
    model = torch.nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.15)
    for step in range(30):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        if clip:  # after backward(), before step()
            norm = clip_grad_norm_(model.parameters(), max_norm=1.0)
            if step in (0, 29):
                print(f"  step {step}: gradient norm {norm.item():.3g}")
        opt.step()
    return loss.item()


print(f"without clipping, final loss: {train(clip=False):.3g}")
print("with clipping:")
print(f"  final loss: {train(clip=True):.3g}")
